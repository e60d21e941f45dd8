import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { citation } from '../../../electron/shared/citation';
import type { DocumentDetail } from '../../../electron/shared/types';
import { figuresSettled } from '../figures/figures-settled';
import { BlockView } from './BlockView';
import { chapterPath, type DocumentModel } from './document-model';

interface Props {
  detail: DocumentDetail;
  model: DocumentModel;
  /** Block range [from, to) to print. */
  from: number;
  to: number;
  onDone(): void;
}

/**
 * One chapter laid out for paper (or PDF through the print dialog): the document's title, the chapter
 * whole — not only the rows the reader has on screen — and where it is from. Shown to print only.
 */
export function PrintChapter({ detail, model, from, to, onDone }: Props) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const done = () => onDone();
    window.addEventListener('afterprint', done);
    let live = true;
    // After this render is in the page, and its pictures are (for a few seconds at most).
    void figuresSettled(root.current, 4000).then(() => live && window.print());
    return () => {
      live = false;
      window.removeEventListener('afterprint', done);
    };
  }, [onDone]);
  const path = chapterPath(model, from)
    .filter((h) => h.text !== detail.title)
    .map((h) => h.text);
  return createPortal(
    <div className="print-chapter" aria-hidden="true" ref={root}>
      <p className="print-doc">《{detail.title}》</p>
      {model.blocks.slice(from, to).map((block) => (
        <BlockView key={block.blockId} docId={detail.id} block={block} />
      ))}
      <p className="print-source">出处：{citation({ ...detail, docId: detail.id }, path)}</p>
    </div>,
    document.body,
  );
}
