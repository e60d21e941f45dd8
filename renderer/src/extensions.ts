// Extension points of the reader shell. Other features (search, annotations, compare) mount here
// with one line each, so the shell never has to know about them:
//
//   headerItems     — components shown in the top bar (e.g. the search box).
//   rightPanels     — panels in the right-hand side bar; open one with `useApp().showPanel(id)`.
//   extraViews      — main-area views next to 阅读 (e.g. 对照, 批注); switch with `useApp().setView(id)`.
//   decorationHooks — React hooks returning ranges to mark inside blocks (search matches, highlights).
//                     They are called in array order on every render of a reader, so keep the array static.
//   blockAdornments — small components drawn in a block's margin (e.g. a note marker).
//   pageRoutes      — whole pages shown instead of the shell when the address matches (e.g. #/present…).
//   readerOverlays  — components drawn over the reading area (e.g. a selection toolbar);
//                     `annotations/dom-selection.ts` turns the browser selection into block offsets.
//
// To open a document at a paragraph from anywhere: `useApp().openDocument(docId, { blockId, query })`.
import type { ComponentType } from 'react';
import type { Block } from '../../electron/shared/types';

/** A range to mark inside one block's text; offsets are UTF-16 indexes into `block.text`. */
export interface Decoration {
  start: number;
  end: number;
  /** CSS class of the <mark>; e.g. 'search-match', 'highlight highlight-yellow'. */
  className: string;
  title?: string;
  /** Extra attributes for the <mark>, e.g. { 'data-annotation-id': '7' }. */
  attrs?: Record<string, string>;
}

export type BlockDecorations = ReadonlyMap<number, readonly Decoration[]>;

/** What a decoration hook knows about the text being shown. */
export interface DecorationSource {
  docId: number;
  blocks: readonly Block[];
  /** The search query the document was opened with, if any. */
  query?: string;
}

export type DecorationHook = (source: DecorationSource) => BlockDecorations | undefined;

export interface PanelSpec {
  id: string;
  /** Short Chinese title shown on the panel's tab. */
  title: string;
  Component: ComponentType;
}

export interface ViewSpec {
  id: string;
  /** Chinese label in the view switch, e.g. '对照'. */
  label: string;
  Component: ComponentType;
}

export interface BlockAdornmentProps {
  docId: number;
  block: Block;
}

export interface ReaderOverlayProps {
  docId: number;
  /** The scrolling element holding the blocks; each block element has `data-block-id`. */
  container: HTMLElement | null;
}

export const headerItems: ComponentType[] = [];
export const rightPanels: PanelSpec[] = [];
export const extraViews: ViewSpec[] = [];
export const decorationHooks: DecorationHook[] = [];
export const blockAdornments: ComponentType<BlockAdornmentProps>[] = [];
export const readerOverlays: ComponentType<ReaderOverlayProps>[] = [];

/** A page of its own (another tab or window), chosen by the address's hash when the app loads. */
export interface PageRoute {
  matches(hash: string): boolean;
  Component: ComponentType;
}
export const pageRoutes: PageRoute[] = [];
