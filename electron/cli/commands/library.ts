import { dispatch } from '../../core/dispatch';
import { importPaths } from '../../core/import/import-files';
import type { CliCommand } from '../command';
import { requireDocId, UsageError } from '../command';

export const libraryCommands: CliCommand[] = [
  {
    name: 'import',
    usage: 'import PATH…',
    summary: 'Import files or folders (.txt .md .html .docx .pdf); progress on stderr, one result per file',
    async run(lib, paths, _values, io) {
      if (paths.length === 0) throw new UsageError('import needs at least one PATH');
      const results = await importPaths(lib, paths, (done, total, file) => io.log(`[${done}/${total}] ${file}`));
      io.out(results, () =>
        results
          .map((r) =>
            r.ok
              ? `${r.duplicateOf ? 'already in library' : 'imported'}  #${r.docId}  ${r.title}  (${r.file})`
              : `FAILED  ${r.file}: ${r.error?.message}`,
          )
          .join('\n'),
      );
      return results.some((r) => !r.ok) ? 1 : 0;
    },
  },
  {
    name: 'list',
    usage: 'list',
    summary: 'List the documents in the library',
    async run(lib, _p, _v, io) {
      const docs = await dispatch(lib.handlers, 'listDocuments', {});
      io.out(docs, () => docs.map((d) => `#${d.id}\t${d.title}\t${d.source}`).join('\n') || '(library is empty)');
    },
  },
  {
    name: 'toc',
    usage: 'toc DOC',
    summary: "A document's headings in reading order",
    async run(lib, [doc], _v, io) {
      const toc = await dispatch(lib.handlers, 'getToc', { docId: requireDocId(doc) });
      io.out(toc, () => toc.map((h) => `${'  '.repeat(h.level - 1)}${h.title}  [${h.blockId}]`).join('\n'));
    },
  },
  {
    name: 'text',
    usage: 'text DOC',
    summary: "A document's blocks: headings and paragraphs",
    async run(lib, [doc], _v, io) {
      const blocks = await dispatch(lib.handlers, 'getBlocks', { docId: requireDocId(doc) });
      io.out(blocks, () => blocks.map((b) => (b.kind === 'heading' ? `${'#'.repeat(b.level)} ${b.text}` : b.text)).join('\n\n'));
    },
  },
];
