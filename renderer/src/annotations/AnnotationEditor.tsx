import { useState } from 'react';
import type { Annotation, AnnotationColor, AnnotationStyle } from '../../../electron/shared/annotation-types';
import { useColors } from './annotation-store';
import { ColorSwatches } from './ColorSwatches';

export interface AnnotationDraft {
  color: AnnotationColor;
  style: AnnotationStyle;
  note: string;
  tags: string[];
}

interface Props {
  initial: AnnotationDraft;
  quote?: string;
  onSave(draft: AnnotationDraft): void;
  onCancel(): void;
  onDelete?(): void;
  /** Colour or style picked and not saved yet, so the text can show it at once. */
  onPreview?(look: Pick<AnnotationDraft, 'color' | 'style'>): void;
}

/** 交通，同城化 #培训 → ['交通', '同城化', '培训'] */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；#]+/).map((t) => t.trim()).filter(Boolean))];
}

export function draftOf(a: Annotation): AnnotationDraft {
  return { color: a.color, style: a.style, note: a.note, tags: a.tags };
}

/** Colour, style, note and tags of one highlight. */
export function AnnotationEditor({ initial, quote, onSave, onCancel, onDelete, onPreview }: Props) {
  const colors = useColors();
  const [color, setColorState] = useState(initial.color);
  const [style, setStyleState] = useState(initial.style);
  const setColor = (c: AnnotationColor) => {
    setColorState(c);
    onPreview?.({ color: c, style });
  };
  const setStyle = (s: AnnotationStyle) => {
    setStyleState(s);
    onPreview?.({ color, style: s });
  };
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags.join('，'));
  const save = () => onSave({ color, style, note: note.trim(), tags: parseTags(tags) });
  return (
    <form
      className="anno-editor"
      aria-label="编辑批注"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
      }}
    >
      {quote && <blockquote className="anno-editor-quote">{quote.length > 120 ? `${quote.slice(0, 120)}…` : quote}</blockquote>}
      <div className="anno-editor-row">
        <ColorSwatches colors={colors} selected={color} onPick={setColor} verb="颜色：" />
        <label className="anno-underline-toggle">
          <input type="checkbox" checked={style === 'underline'} onChange={(e) => setStyle(e.target.checked ? 'underline' : 'highlight')} />
          下划线
        </label>
      </div>
      <textarea
        className="anno-note-input"
        aria-label="批注内容"
        placeholder="写下批注……"
        value={note}
        rows={3}
        autoFocus
        onChange={(e) => setNote(e.target.value)}
      />
      <input
        className="anno-tags-input"
        aria-label="标签"
        placeholder="标签，用逗号或空格分隔"
        value={tags}
        onChange={(e) => setTags(e.target.value)}
      />
      <div className="anno-editor-actions">
        {onDelete && (
          <button type="button" className="text-button danger" onClick={onDelete}>
            删除
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="text-button" onClick={onCancel}>
          取消
        </button>
        <button type="submit" className="text-button primary">
          保存
        </button>
      </div>
    </form>
  );
}
