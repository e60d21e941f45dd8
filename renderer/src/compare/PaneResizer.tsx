import type { RefObject } from 'react';

const MIN_WIDTH = 0.12;
const KEY_STEP = 0.02;

/** The bar between pane `index` and the next: drag it, or focus it and use ← →. */
export function PaneResizer({ index, widths, setWidths, container }: {
  index: number;
  widths: number[];
  setWidths(widths: number[]): void;
  container: RefObject<HTMLDivElement | null>;
}) {
  const move = (delta: number) => {
    const left = widths[index]!;
    const right = widths[index + 1]!;
    const d = Math.max(MIN_WIDTH - left, Math.min(right - MIN_WIDTH, delta));
    setWidths(widths.map((w, k) => (k === index ? left + d : k === index + 1 ? right - d : w)));
  };
  return (
    <div
      className="cmp-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={`调整第${index + 1}栏与第${index + 2}栏的宽度`}
      aria-valuenow={Math.round(widths[index]! * 100)}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') move(-KEY_STEP);
        if (e.key === 'ArrowRight') move(KEY_STEP);
      }}
      onPointerDown={(e) => {
        const total = container.current?.clientWidth ?? 1;
        const startX = e.clientX;
        const start = [...widths];
        const el = e.currentTarget;
        el.setPointerCapture(e.pointerId);
        const onMove = (ev: PointerEvent) => {
          const delta = (ev.clientX - startX) / total;
          const left = start[index]!;
          const right = start[index + 1]!;
          const d = Math.max(MIN_WIDTH - left, Math.min(right - MIN_WIDTH, delta));
          setWidths(start.map((w, k) => (k === index ? left + d : k === index + 1 ? right - d : w)));
        };
        const onUp = () => {
          el.removeEventListener('pointermove', onMove);
          el.removeEventListener('pointerup', onUp);
          el.removeEventListener('pointercancel', onUp);
        };
        el.addEventListener('pointermove', onMove);
        el.addEventListener('pointerup', onUp);
        el.addEventListener('pointercancel', onUp);
      }}
    />
  );
}
