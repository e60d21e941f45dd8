import type { AnnotationColor, ColorMeaning } from '../../../electron/shared/annotation-types';

interface Props {
  colors: ColorMeaning[];
  /** One colour (a choice), several (a filter), null for none picked; undefined: not a toggle. */
  selected?: AnnotationColor | readonly AnnotationColor[] | null;
  onPick(color: AnnotationColor): void;
  /** Accessible name prefix: 高亮为 / 改为 / 筛选 */
  verb: string;
  /** Show the number key (1–5) that picks each colour. */
  keyHints?: boolean;
}

/** The five colours, each named by what the user made it mean. */
export function ColorSwatches({ colors, selected, onPick, verb, keyHints }: Props) {
  const isSelected = (c: AnnotationColor) => (Array.isArray(selected) ? selected.includes(c) : selected === c);
  return (
    <span className="anno-swatches">
      {colors.map((c, i) => (
        <button
          key={c.color}
          type="button"
          className={`anno-swatch${isSelected(c.color) ? ' selected' : ''}`}
          style={{ '--swatch': c.hex } as React.CSSProperties}
          onClick={() => onPick(c.color)}
          aria-label={`${verb}${c.meaning}`}
          aria-pressed={selected === undefined ? undefined : isSelected(c.color)}
          title={keyHints ? `${c.meaning}（${i + 1}）` : c.meaning}
          aria-keyshortcuts={keyHints ? String(i + 1) : undefined}
        >
          <span className="anno-swatch-dot" />
          <span className="anno-swatch-label">{c.meaning}</span>
          {keyHints && <kbd className="anno-swatch-key">{i + 1}</kbd>}
        </button>
      ))}
    </span>
  );
}
