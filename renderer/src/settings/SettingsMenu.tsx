import { useEffect, useRef, useState } from 'react';
import { FONT_SIZE_RANGE } from '../../../electron/shared/manage-types';
import { stackInstalled } from './font-check';
import { READING_FONTS, usePreferences } from './preferences';

const LINE_HEIGHTS = [
  { value: 1.6, label: '紧凑' },
  { value: 1.9, label: '适中' },
  { value: 2.2, label: '宽松' },
];

/** 阅读设置: text size, line spacing, reading font, theme and the outline — saved in the library. */

/** 版心: the reading column's width. */
const COLUMN_WIDTHS = [
  { value: 600, label: '窄' },
  { value: 720, label: '适中' },
  { value: 900, label: '宽' },
];
export function SettingsMenu() {
  const { prefs, update } = usePreferences();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);
  const size = (delta: number) =>
    update({ fontSize: Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, prefs.fontSize + delta)) });

  return (
    <div className="settings" ref={box}>
      <button type="button" className="text-button" aria-expanded={open} aria-haspopup="dialog" onClick={() => setOpen((o) => !o)}>
        阅读设置
      </button>
      {open && (
        <div className="settings-popover" role="dialog" aria-label="阅读设置">
          <div className="setting">
            <span className="setting-label">字号</span>
            <div className="stepper">
              <button type="button" aria-label="缩小字号" onClick={() => size(-1)} disabled={prefs.fontSize <= FONT_SIZE_RANGE.min}>
                A−
              </button>
              <output aria-label="当前字号">{prefs.fontSize}</output>
              <button type="button" aria-label="放大字号" onClick={() => size(1)} disabled={prefs.fontSize >= FONT_SIZE_RANGE.max}>
                A+
              </button>
            </div>
          </div>
          <Choice
            label="行距"
            options={LINE_HEIGHTS.map((l) => ({ value: l.value, label: l.label }))}
            value={LINE_HEIGHTS.reduce((a, b) => (Math.abs(b.value - prefs.lineHeight) < Math.abs(a.value - prefs.lineHeight) ? b : a)).value}
            onChange={(lineHeight) => update({ lineHeight })}
          />
          <Choice
            label="字体"
            options={Object.entries(READING_FONTS).map(([value, f]) => ({ value: value as keyof typeof READING_FONTS, label: f.label }))}
            value={prefs.readingFont}
            onChange={(readingFont) => update({ readingFont })}
          />
          {!stackInstalled(READING_FONTS[prefs.readingFont].stack) && (
            <p className="setting-note" role="note">
              本机没有安装{READING_FONTS[prefs.readingFont].label}字体，正文暂以宋体显示；安装后即可使用。
            </p>
          )}
          <Choice
            label="版心"
            options={COLUMN_WIDTHS}
            value={COLUMN_WIDTHS.reduce((a, b) => (Math.abs(b.value - prefs.columnWidth) < Math.abs(a.value - prefs.columnWidth) ? b : a)).value}
            onChange={(columnWidth) => update({ columnWidth })}
          />
          <Choice
            label="主题"
            options={[
              { value: 'light' as const, label: '浅色' },
              { value: 'dark' as const, label: '深色' },
            ]}
            value={prefs.theme}
            onChange={(theme) => update({ theme })}
          />
          <Choice
            label="目录"
            options={[
              { value: true, label: '显示' },
              { value: false, label: '隐藏' },
            ]}
            value={prefs.outlineOpen}
            onChange={(outlineOpen) => update({ outlineOpen })}
          />
          <p className="settings-keys">
            快捷键：<kbd>]</kbd>/<kbd>[</kbd> 下一节/上一节 · <kbd>{'}'}</kbd>/<kbd>{'{'}</kbd> 下一章/上一章 · <kbd>O</kbd> 目录 · <kbd>F5</kbd> 演示 · <kbd>Alt+←</kbd>/<kbd>Alt+→</kbd> 后退/前进 · <kbd>Shift+方向键</kbd> 选择文字，<kbd>1</kbd>–<kbd>5</kbd> 标注 · <kbd>Ctrl+Z</kbd>/<kbd>Ctrl+Shift+Z</kbd> 撤销/重做
          </p>
        </div>
      )}
    </div>
  );
}

function Choice<T extends string | number | boolean>(props: {
  label: string;
  options: { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
}) {
  return (
    <div className="setting" role="radiogroup" aria-label={props.label}>
      <span className="setting-label">{props.label}</span>
      <div className="segmented">
        {props.options.map((o) => (
          <button
            key={String(o.value)}
            type="button"
            role="radio"
            aria-checked={o.value === props.value}
            onClick={() => props.onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}
