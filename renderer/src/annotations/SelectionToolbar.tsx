import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation, AnnotationColor } from '../../../electron/shared/annotation-types';
import { useApp } from '../app-context';
import type { ReaderOverlayProps } from '../extensions';
import { annotationStore, useColors, useDocAnnotations } from './annotation-store';
import { AnnotationEditor, draftOf, type AnnotationDraft } from './AnnotationEditor';
import { ColorSwatches } from './ColorSwatches';
import { readSelection, type TextSelection } from './dom-selection';
import { isTyping } from '../reader/useReaderKeys';
import './annotations.css';

type Popup =
  | { kind: 'toolbar'; selection: TextSelection }
  | { kind: 'new-note'; selection: TextSelection }
  | { kind: 'edit'; annotation: Annotation; rect: DOMRect };

const GAP = 8;

function placeAbove(rect: DOMRect, width: number, height: number): React.CSSProperties {
  const left = Math.min(Math.max(8, rect.left + rect.width / 2 - width / 2), window.innerWidth - width - 8);
  const top = rect.top - height - GAP > 8 ? rect.top - height - GAP : Math.min(rect.bottom + GAP, window.innerHeight - height - 8);
  return { left, top };
}

/**
 * Over the reading text: a toolbar for the selected text (five colours, underline, note), and an
 * editor for a highlight that is clicked (recolour, note, tags, delete with undo).
 */
export function SelectionToolbar({ docId, container }: ReaderOverlayProps) {
  const { notify } = useApp();
  const colors = useColors();
  const annotations = useDocAnnotations(docId);
  const [popup, setPopup] = useState<Popup | null>(null);
  const [underline, setUnderline] = useState(false);
  const popupRef = useRef<HTMLDivElement>(null);
  const scope = useCallback(() => container ?? document.querySelector('.text-scroll'), [container]);

  useEffect(() => {
    const onUp = (e: MouseEvent | KeyboardEvent) => {
      if (popupRef.current?.contains(e.target as Node)) return;
      const root = scope();
      if (!root) return;
      // Let the browser finish updating the selection first.
      setTimeout(() => {
        const selection = readSelection(root);
        if (selection) {
          setPopup({ kind: 'toolbar', selection });
          return;
        }
        const mark = e instanceof MouseEvent ? (e.target as Element | null)?.closest?.('mark[data-annotation]') : null;
        const uuid = mark?.getAttribute('data-annotation');
        const annotation = uuid ? annotationStore.forDoc(docId).find((a) => a.uuid === uuid) : undefined;
        if (annotation && mark && root.contains(mark)) setPopup({ kind: 'edit', annotation, rect: mark.getBoundingClientRect() });
        else setPopup((p) => (p?.kind === 'new-note' ? p : null));
      }, 0);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setPopup(null);
      else if (e.shiftKey || e.key === 'Shift') onUp(e);
    };
    const onScroll = () => setPopup((p) => (p?.kind === 'toolbar' ? null : p));
    document.addEventListener('mouseup', onUp);
    document.addEventListener('keyup', onKeyUp);
    const root = scope();
    root?.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('mouseup', onUp);
      document.removeEventListener('keyup', onKeyUp);
      root?.removeEventListener('scroll', onScroll);
    };
  }, [docId, scope]);

  // With the toolbar shown, 1–5 pick a colour and N starts a note, so highlighting needs no mouse.
  useEffect(() => {
    if (popup?.kind !== 'toolbar') return;
    const { selection } = popup;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      // The selection as it is now: a key pressed right after Shift+arrows may come before the toolbar caught up.
      const root = scope();
      const current = (root && readSelection(root)) ?? selection;
      const color = /^[1-9]$/.test(e.key) ? colors[Number(e.key) - 1]?.color : undefined;
      if (color) void create(current, { color });
      else if (e.key === 'n' || e.key === 'N') setPopup({ kind: 'new-note', selection: current });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // The preview of an edited highlight ends with its editor (saved, cancelled or closed).
  const editing = popup?.kind === 'edit' ? popup.annotation.uuid : null;
  // While a save is on its way the preview stays, so the old colour does not flash back.
  const saving = useRef(false);
  useEffect(() => {
    if (!editing && !saving.current) annotationStore.setPreview(null);
  }, [editing]);
  useEffect(() => () => annotationStore.setPreview(null), []);

  // An edited annotation that disappeared (deleted elsewhere) closes its editor.
  useEffect(() => {
    if (popup?.kind === 'edit' && !annotations.some((a) => a.uuid === popup.annotation.uuid)) setPopup(null);
  }, [annotations, popup]);

  const fail = (err: unknown) => notify(`操作失败：${(err as Error).message}`);

  const create = async (selection: TextSelection, draft: Partial<AnnotationDraft> & { color: AnnotationColor }) => {
    setPopup(null);
    window.getSelection()?.removeAllRanges();
    try {
      await annotationStore.create({
        docId,
        start: selection.start,
        end: selection.end,
        color: draft.color,
        style: draft.style ?? (underline ? 'underline' : 'highlight'),
        note: draft.note,
        tags: draft.tags,
      });
      // No 撤销 button here: the toast would stand over the next selection; Ctrl+Z undoes it.
      notify(`${draft.note ? '已添加批注' : `已标注为“${annotationStore.meaningOf(draft.color)}”`}（Ctrl+Z 撤销）`);
    } catch (err) {
      fail(err);
    }
  };

  const saveEdit = async (before: Annotation, draft: AnnotationDraft) => {
    saving.current = true;
    setPopup(null);
    try {
      const change = await annotationStore.update(before, draft);
      notify('批注已保存', { label: '撤销', run: () => void annotationStore.history.undo(change).catch(fail) });
    } catch (err) {
      fail(err);
    } finally {
      saving.current = false;
      annotationStore.setPreview(null);
    }
  };

  const remove = async (a: Annotation) => {
    setPopup(null);
    try {
      const change = await annotationStore.remove(a);
      notify('已删除批注', { label: '撤销', run: () => void annotationStore.history.undo(change).catch(fail) });
    } catch (err) {
      fail(err);
    }
  };

  if (!popup) return null;
  if (popup.kind === 'toolbar') {
    const { selection } = popup;
    return (
      <div
        ref={popupRef}
        className="anno-toolbar"
        role="toolbar"
        aria-label="标注工具"
        style={placeAbove(selection.rect, 420, 44)}
        onMouseDown={(e) => e.preventDefault()}
      >
        <ColorSwatches colors={colors} onPick={(color) => void create(selection, { color })} verb="标注为" keyHints />
        <button
          type="button"
          className={`anno-tool${underline ? ' on' : ''}`}
          aria-pressed={underline}
          onClick={() => setUnderline((u) => !u)}
          title="下划线样式"
        >
          <u>下划线</u>
        </button>
        <button type="button" className="anno-tool" onClick={() => setPopup({ kind: 'new-note', selection })}>
          批注… <kbd>N</kbd>
        </button>
      </div>
    );
  }
  const rect = popup.kind === 'edit' ? popup.rect : popup.selection.rect;
  return (
    <div ref={popupRef} className="anno-popover" style={placeAbove(rect, 360, 300)}>
      {popup.kind === 'new-note' ? (
        <AnnotationEditor
          initial={{ color: 'yellow', style: underline ? 'underline' : 'highlight', note: '', tags: [] }}
          quote={popup.selection.text}
          onSave={(draft) => void create(popup.selection, draft)}
          onCancel={() => setPopup(null)}
        />
      ) : (
        <AnnotationEditor
          key={popup.annotation.uuid}
          initial={draftOf(popup.annotation)}
          quote={popup.annotation.quote}
          onSave={(draft) => void saveEdit(popup.annotation, draft)}
          onCancel={() => setPopup(null)}
          onDelete={() => void remove(popup.annotation)}
          onPreview={(look) => annotationStore.setPreview({ uuid: popup.annotation.uuid, ...look })}
        />
      )}
    </div>
  );
}
