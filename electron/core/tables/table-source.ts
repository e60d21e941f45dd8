import { chapterPathsOf, withoutTitle } from '../../shared/chapter-path';
import { formatDeepLink } from '../../shared/deep-link';
import type { LinkCell } from './table-model';
import type { CoreContext } from '../context';
import { blocksInOrder } from '../data/blocks';
import { requireDocument } from '../data/documents';
import { chapterPathText, documentLine, titleWithNumber, type DocumentMeta } from '../export/citation';

/** Where a row comes from, as a table's 出处 column says it, in the one citation style: 《title》（文号），第二章　第三节. */
export interface TableSource {
  meta: DocumentMeta;
  title: string;
  line: string;
  /** 《title》 and chapter path, linking back to the paragraph. */
  sourceOf(blockId: number | null): LinkCell;
}

export function tableSource(ctx: CoreContext, docId: number): TableSource {
  const doc = requireDocument(ctx.db, docId);
  const meta: DocumentMeta = { docId, title: doc.title, docNumber: doc.docNumber, issuer: doc.issuer, issuedOn: doc.issuedOn };
  const blocks = blocksInOrder(ctx.db, docId);
  const paths = new Map(chapterPathsOf(blocks).map((path, i) => [blocks[i]!.id, withoutTitle(path.map((h) => h.text), doc.title)]));
  return {
    meta,
    title: titleWithNumber(meta),
    line: documentLine(meta),
    sourceOf: (blockId) => {
      const path = blockId === null ? [] : (paths.get(blockId) ?? []);
      return { text: [titleWithNumber(meta), chapterPathText(path)].filter(Boolean).join('，'), link: formatDeepLink(docId, blockId) };
    },
  };
}
