// Mounts highlights, notes and exports into the reader shell (see ../extensions.ts).
import { decorationHooks, headerItems, readerOverlays, rightPanels } from '../extensions';
import { AnnotationPanel } from './AnnotationPanel';
import { ExportShortcut } from './ExportShortcut';
import { SelectionToolbar } from './SelectionToolbar';
import { UndoKeys } from './UndoKeys';
import { useAnnotationDecorations } from './useAnnotationDecorations';

export const ANNOTATION_PANEL_ID = 'annotations';

decorationHooks.push(useAnnotationDecorations);
readerOverlays.push(SelectionToolbar);
rightPanels.push({ id: ANNOTATION_PANEL_ID, title: '批注', Component: AnnotationPanel });
headerItems.push(ExportShortcut, UndoKeys);
