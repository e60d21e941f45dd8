import { useCallback, useEffect, useState } from 'react';
import type { DocumentImage } from '../../../electron/shared/image-types';
import { figureUrl } from './figure-store';
import { FigureViewer } from './FigureViewer';
import { useFigures } from './useFigures';
import './figures.css';

/** What a picture is called: its caption 图N, else the source's description. */
export function figureLabel(image: DocumentImage): string {
  return image.caption || image.alt || `图片 ${image.seq}`;
}

function Figure({ image }: { image: DocumentImage }) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let live = true;
    // Only figures whose block is on screen are mounted (the text is virtualised): their bytes come now.
    figureUrl(image).then(
      (u) => live && setUrl(u),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [image]);
  const close = useCallback(() => setOpen(false), []);
  const label = figureLabel(image);
  if (failed) {
    return (
      <figure className="doc-figure doc-figure-failed" data-figure={image.seq}>
        <span className="doc-figure-missing">［图片无法显示］</span>
      </figure>
    );
  }
  return (
    <figure className="doc-figure" data-figure={image.seq}>
      <button type="button" className="doc-figure-open" title="查看原图" aria-label={`查看原图：${label}`} onClick={() => url && setOpen(true)}>
        {/* width and height keep the figure's place while its bytes load, so the text below does not jump. */}
        <img
          className="doc-figure-img"
          src={url ?? undefined}
          alt={label}
          width={image.width ?? undefined}
          height={image.height ?? undefined}
          decoding="async"
          draggable={false}
          onError={() => setFailed(true)}
        />
      </button>
      {open && url && <FigureViewer url={url} alt={label} onClose={close} />}
    </figure>
  );
}

/** The pictures shown on one side of a block (above a caption 图N, or where the source put them). */
export function BlockFigures({ docId, blockId, placement }: { docId: number; blockId: number; placement: 'before' | 'after' }) {
  const figures = useFigures(docId, blockId).filter((f) => f.placement === placement);
  if (figures.length === 0) return null;
  return (
    <div className={`doc-figures doc-figures-${placement}${figures.some((f) => f.caption) ? ' doc-figures-captioned' : ''}`}>
      {figures.map((f) => (
        <Figure key={f.seq} image={f} />
      ))}
    </div>
  );
}
