import { useMemo } from 'react';
import { decorationHooks, type BlockDecorations, type Decoration, type DecorationSource } from '../extensions';

const EMPTY: BlockDecorations = new Map();

/** All registered decorations for a text, merged per block. Call it once per view. */
export function useBlockDecorations(source: DecorationSource): BlockDecorations {
  // The hooks array is static (see extensions.ts), so the hook order is stable.
  // eslint-disable-next-line react-hooks/rules-of-hooks -- a fixed list of hooks, called in the same order every render
  const results = decorationHooks.map((useHook) => useHook(source));
  return useMemo(() => {
    const present = results.filter((r): r is BlockDecorations => r !== undefined && r.size > 0);
    if (present.length === 0) return EMPTY;
    if (present.length === 1) return present[0]!;
    const merged = new Map<number, Decoration[]>();
    for (const map of present) for (const [blockId, list] of map) merged.set(blockId, [...(merged.get(blockId) ?? []), ...list]);
    return merged;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the decorations themselves are the dependencies
  }, results);
}
