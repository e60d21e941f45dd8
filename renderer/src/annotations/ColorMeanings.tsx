import { useState } from 'react';
import { useApp } from '../app-context';
import { annotationStore, useColors } from './annotation-store';

/** Rename what each colour means (重点 / 目标 / 任务 / 存疑 / 引用 by default). */
export function ColorMeanings({ onClose }: { onClose(): void }) {
  const colors = useColors();
  const { notify } = useApp();
  const [values, setValues] = useState(() => Object.fromEntries(colors.map((c) => [c.color, c.meaning])));
  const save = async () => {
    try {
      for (const c of colors) {
        const meaning = values[c.color]?.trim();
        if (meaning && meaning !== c.meaning) await annotationStore.setMeaning(c.color, meaning);
      }
      onClose();
    } catch (err) {
      notify(`无法保存颜色含义：${(err as Error).message}`);
    }
  };
  return (
    <form
      className="anno-meanings"
      aria-label="颜色含义"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {colors.map((c) => (
        <label key={c.color} className="anno-meaning-row">
          <span className="anno-swatch-dot" style={{ '--swatch': c.hex } as React.CSSProperties} />
          <input
            value={values[c.color] ?? ''}
            maxLength={20}
            aria-label={`${c.meaning}的含义`}
            onChange={(e) => setValues((v) => ({ ...v, [c.color]: e.target.value }))}
          />
        </label>
      ))}
      <div className="anno-editor-actions">
        <span className="spacer" />
        <button type="button" className="text-button" onClick={onClose}>
          取消
        </button>
        <button type="submit" className="text-button primary">
          保存
        </button>
      </div>
    </form>
  );
}
