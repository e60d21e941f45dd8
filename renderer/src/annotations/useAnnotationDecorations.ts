import { useContext, useEffect, useRef, useMemo } from 'react';
import { AppContext } from '../app-context';
import type { BlockDecorations, Decoration, DecorationSource } from '../extensions';
import { annotationStore, useColors, useDocAnnotations } from './annotation-store';

/** Highlights and underlines of the open document, as decorations of its blocks. */
export function useAnnotationDecorations({ docId, blocks }: DecorationSource): BlockDecorations | undefined {
  const stored = useDocAnnotations(docId);
  // A colour picked in the editor shows at once, before 保存.
  const preview = annotationStore.preview;
  const annotations = useMemo(
    () => (preview ? stored.map((a) => (a.uuid === preview.uuid ? { ...a, color: preview.color, style: preview.style } : a)) : stored),
    [stored, preview],
  );
  const colors = useColors();
  // A re-import or edit elsewhere in the library may have moved highlights: fetch them again.
  const libraryVersion = useContext(AppContext)?.libraryVersion ?? 0;
  const seenVersion = useRef(libraryVersion);
  useEffect(() => {
    if (seenVersion.current === libraryVersion) return;
    seenVersion.current = libraryVersion;
    void annotationStore.reload(docId);
  }, [docId, libraryVersion]);
  return useMemo(() => {
    if (annotations.length === 0) return undefined;
    const indexOf = new Map(blocks.map((b, i) => [b.blockId, i]));
    const out = new Map<number, Decoration[]>();
    for (const a of annotations) {
      if (!a.start || !a.end) continue;
      const from = indexOf.get(a.start.blockId);
      const to = indexOf.get(a.end.blockId);
      if (from === undefined || to === undefined) continue;
      const meaning = colors.find((c) => c.color === a.color)?.meaning ?? '';
      const title = [meaning, a.note, a.tags.map((t) => `#${t}`).join(' ')].filter(Boolean).join('　');
      for (let i = from; i <= to; i++) {
        const block = blocks[i]!;
        const decoration: Decoration = {
          start: i === from ? a.start.offset : 0,
          end: i === to ? a.end.offset : block.text.length,
          className: `anno anno-${a.color} anno-${a.style}${a.note && i === to ? ' anno-noted' : ''}`,
          title,
          attrs: { 'data-annotation': a.uuid },
        };
        out.set(block.blockId, [...(out.get(block.blockId) ?? []), decoration]);
      }
    }
    return out;
  }, [annotations, colors, blocks]);
}
