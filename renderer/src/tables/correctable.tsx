import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { useAsync } from '../useAsync';

/**
 * A table whose rows the user corrects: the rows (as the last save returned them, else as loaded),
 * the row being edited, saving a correction and undoing all of them.
 */
export function useCorrectable<Row, Key>(docId: number, table: 'targets' | 'tasks', load: () => Promise<Row[]>) {
  const { libraryVersion, notify } = useApp();
  const rows = useAsync(load, [docId, libraryVersion]);
  const [saved, setSaved] = useState<Row[] | null>(null);
  const [editing, setEditing] = useState<Key | null>(null);
  // Rows read again (the library changed) replace those a save returned.
  useEffect(() => setSaved(null), [rows.data]);
  return {
    list: saved ?? rows.data,
    error: rows.error,
    editing,
    setEditing,
    /** Save a correction (`removing`: the row is taken out) and show the rows the core returns. */
    async save(call: () => Promise<Row[]>, removing: boolean) {
      try {
        setSaved(await call());
        setEditing(null);
        notify(removing ? '已从表中移除该行' : '已保存更正');
      } catch (err) {
        notify(`保存失败：${(err as Error).message}`);
      }
    },
    async reset() {
      await api.resetTableCorrections({ docId, table });
      setSaved(null);
      rows.reload();
    },
  };
}

/** 保存 / 取消 / 移除 at the end of a row being corrected. */
export function EditorActions({ canSave, onSave, onCancel, onRemove, removeTitle }: {
  canSave: boolean;
  onSave(): void;
  onCancel(): void;
  onRemove(): void;
  removeTitle: string;
}) {
  return (
    <td className="tbl-actions">
      <button type="button" className="tbl-button primary" disabled={!canSave} onClick={onSave}>
        保存
      </button>
      <button type="button" className="tbl-button" onClick={onCancel}>
        取消
      </button>
      <button type="button" className="tbl-link danger" onClick={onRemove} title={removeTitle}>
        移除
      </button>
    </td>
  );
}

/** ✎ at the end of a row. */
export function EditButton({ label, title, onClick }: { label: string; title: string; onClick(): void }) {
  return <RowButton glyph="✎" label={label} title={title} onClick={onClick} />;
}

/** A small button in its own cell of a row that opens its paragraph when clicked: the click stays with the button. */
export function RowButton({ glyph, label, title, onClick }: { glyph: string; label: string; title: string; onClick(): void }) {
  return (
    <td className="tbl-narrow">
      <button
        type="button"
        className="tbl-edit"
        aria-label={label}
        title={title}
        onClick={(e) => {
          e.stopPropagation();
          onClick();
        }}
      >
        {glyph}
      </button>
    </td>
  );
}

export function ResetButton({ onReset }: { onReset(): void }) {
  return (
    <button type="button" className="tbl-link" onClick={onReset}>
      撤销全部更正
    </button>
  );
}
