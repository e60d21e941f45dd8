import { useCallback, useEffect } from 'react';
import { useApp } from '../app-context';
import { desktop } from '../desktop/desktop-bridge';
import { useMenuCommand } from '../desktop/useMenuCommand';
import { isTyping } from '../reader/useReaderKeys';
import { annotationStore } from './annotation-store';

/**
 * Ctrl+Z undoes the last annotation change (a new highlight, a recolour, a note, a deletion),
 * Ctrl+Shift+Z or Ctrl+Y makes it again. In a text field the keys stay the field's own.
 */
export function UndoKeys() {
  const { notify } = useApp();
  const run = useCallback(
    (redo: boolean) => {
      const { history } = annotationStore;
      annotationStore
        .idle()
        .then(() => (redo ? history.redo() : history.undo()))
        .then(
          (change) => {
            if (!change) notify(redo ? '没有可重做的批注操作' : '没有可撤销的批注操作');
            else if (redo) notify(`已重做：${change.label}`);
            else notify(`已撤销：${change.label}`, { label: '重做', run: () => void history.redo().catch(() => {}) });
          },
          (err: Error) => notify(`操作失败：${err.message}`),
        );
    },
    [notify],
  );

  // The desktop menu's 撤销 / 重做 (their shortcuts reach the menu, not the page): a text field with the
  // focus gets its own undo, as the menu's built-in item gave it; otherwise the last annotation change.
  const fromMenu = (redo: boolean) => {
    if (isTyping(document.activeElement)) document.execCommand(redo ? 'redo' : 'undo');
    else run(redo);
  };
  useMenuCommand('undo', () => fromMenu(false));
  useMenuCommand('redo', () => fromMenu(true));

  useEffect(() => {
    if (desktop()) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      if (!redo && !(key === 'z' && !e.shiftKey)) return;
      e.preventDefault();
      run(redo);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
  return null;
}
