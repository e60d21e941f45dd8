// Types of library management and reading state (issue 5).
import type { DocumentSummary } from './types';

export type Theme = 'light' | 'dark';
export type ReadingFont = 'serif' | 'sans' | 'kai' | 'fangsong';

/** The reader's preferences, stored in the library so Electron and browser mode agree. */
export interface Preferences {
  /** Reading text size in CSS pixels. */
  fontSize: number;
  lineHeight: number;
  theme: Theme;
  readingFont: ReadingFont;
  /** Width of the reading column (版心) in CSS pixels. */
  columnWidth: number;
  /** Documents open as tabs, in order, and the one in front. */
  openDocIds: number[];
  activeDocId: number | null;
  libraryOpen: boolean;
  outlineOpen: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  fontSize: 18,
  lineHeight: 1.9,
  theme: 'light',
  readingFont: 'serif',
  columnWidth: 720,
  openDocIds: [],
  activeDocId: null,
  libraryOpen: true,
  outlineOpen: true,
};

export const FONT_SIZE_RANGE = { min: 14, max: 32 } as const;
export const LINE_HEIGHT_RANGE = { min: 1.4, max: 2.6 } as const;

export interface ReadingPosition {
  docId: number;
  /** The block at the top of the view when the reader last scrolled. */
  blockId: number | null;
  openedAt: string;
}

export interface RecentDocument extends ReadingPosition {
  title: string;
  /** Heading of the section last read, if any. */
  sectionTitle: string | null;
}

export interface DeletedDocument extends DocumentSummary {
  deletedAt: string;
}

/** 版心: the reading column's width, from a narrow page to a wide screen. */
export const COLUMN_WIDTH_RANGE = { min: 480, max: 1200 } as const;
