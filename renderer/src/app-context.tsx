import { createContext, useContext } from 'react';

export interface OpenOptions {
  /** Scroll to this block (paragraph or heading) once the document is shown. */
  blockId?: number;
  /** Search query whose matches decoration hooks may mark in the text. */
  query?: string;
}

/** Where the reader should go next; `seq` makes a repeated jump to the same block count. */
export interface ReadTarget extends OpenOptions {
  docId: number;
  seq: number;
}

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run(): void };
}

export interface AppContextValue {
  /** Open (or switch to) a document, optionally at a block. Works from any component. */
  openDocument(docId: number, options?: OpenOptions): void;
  closeDocument(docId: number): void;
  activeDocId: number | null;
  /** Documents open as tabs, in tab order. */
  openDocIds: number[];
  /** The last openDocument request; the reader of that document consumes it. */
  target: ReadTarget | null;
  /** Main-area view: 'read' or the id of an extra view (extensions.ts). */
  view: string;
  setView(view: string): void;
  /** Right side bar panel id (extensions.ts rightPanels, or the shell's own 'info'), or null when closed. */
  activePanel: string | null;
  showPanel(id: string | null): void;
  /**
   * The change log's position at the last change to documents, their text or metadata (imported,
   * renamed, deleted, restored — by any door), from the core's change events; reload lists on change.
   */
  libraryVersion: number;
  /** A short message at the bottom of the window, with an optional action (e.g. 撤销). */
  notify(message: string, action?: Toast['action']): void;
  /** Enter presentation mode for the active document. */
  present(): void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp() outside <AppContext>');
  return value;
}
