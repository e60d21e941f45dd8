import { useEffect, useState } from 'react';
import type { DocumentImage } from '../../../electron/shared/image-types';
import { figuresAt, loadFigures } from './figure-store';

/** The pictures shown at a block: at once when the document's list is loaded (it is, once the text is), else when it comes. */
export function useFigures(docId: number, blockId: number): readonly DocumentImage[] {
  const [, setReady] = useState(0);
  const known = figuresAt(docId, blockId);
  useEffect(() => {
    if (known !== undefined) return;
    let live = true;
    loadFigures(docId).then(
      () => live && setReady((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [docId, known]);
  return known ?? [];
}
