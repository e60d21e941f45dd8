import { useApp } from '../app-context';

/** Open a table row's paragraph in the reader. */
export function useOpenParagraph(): (docId: number, blockId: number | null) => void {
  const app = useApp();
  return (docId, blockId) => {
    app.openDocument(docId, blockId === null ? {} : { blockId });
    app.setView('read');
  };
}
