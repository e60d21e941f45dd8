// Index keys. A unit key is a UTF-16 unit of the normalised text (answers one-unit queries exactly);
// a pair key is two adjacent units, first * 65536 + second (answers two-unit queries exactly, and
// narrows longer ones to a few candidates that are then verified).

export function pairKey(first: number, second: number): number {
  return first * 65536 + second;
}

/** The distinct pair keys a term of two or more units must all have. */
export function termPairKeys(term: string): number[] {
  const keys = new Set<number>();
  for (let i = 0; i + 1 < term.length; i++) keys.add(pairKey(term.charCodeAt(i), term.charCodeAt(i + 1)));
  return [...keys];
}
