import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  url: string;
  alt: string;
  onClose(): void;
}

/** A picture at its full size over the page; Escape, a click or the close button takes it away. */
export function FigureViewer({ url, alt, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    // Captured first, so the reader's own keys (Escape closes a search, arrows scroll) do not act behind it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      before?.focus?.();
    };
  }, [onClose]);
  return createPortal(
    <div className="figure-viewer" role="dialog" aria-modal="true" aria-label={`原图：${alt}`} tabIndex={-1} ref={ref} onClick={onClose}>
      <img src={url} alt={alt} />
      {alt && <p className="figure-viewer-caption">{alt}</p>}
      <button type="button" className="figure-viewer-close" aria-label="关闭原图（Esc）" title="关闭（Esc）" onClick={onClose}>
        ×
      </button>
    </div>,
    document.body,
  );
}
