import type { KeyboardEvent } from 'react';
import { useApp } from '../app-context';

/** Open a table row's paragraph in the reader. */
export function useOpenParagraph(): (docId: number, blockId: number | null) => void {
  const app = useApp();
  return (docId, blockId) => {
    app.openDocument(docId, blockId === null ? {} : { blockId });
    app.setView('read');
  };
}

/** A table row that opens its paragraph: by click, or by Enter when focused. */
export function rowOpens(run: () => void) {
  return {
    tabIndex: 0,
    onClick: run,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' && e.target === e.currentTarget) run();
    },
  };
}
