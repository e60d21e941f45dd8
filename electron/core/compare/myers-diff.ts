/** A run of equal characters: a[aStart..aStart+length) equals b[bStart..bStart+length). */
export interface MatchRun {
  aStart: number;
  bStart: number;
  length: number;
}

/**
 * Myers' O((N+M)·D) shortest edit script between a[aLo..aHi) and b[bLo..bHi), returned as the
 * runs of equal characters. Gives up (null) when more than maxD edits would be needed, so a caller
 * never pays quadratic time for two texts that simply do not correspond.
 */
export function myersMatches(a: string, aLo: number, aHi: number, b: string, bLo: number, bHi: number, maxD: number): MatchRun[] | null {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const max = Math.min(n + m, maxD);
  if (Math.abs(n - m) > max) return null;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(aLo + x) === b.charCodeAt(bLo + y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(v.slice(offset - d - 1, offset + d + 2));
  }
  if (found < 0) return null;

  const runs: MatchRun[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]!; // covers k in [-(d-1)-1, (d-1)+1], index k + d
    const at = (k: number) => prev[k + d]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    if (x > startX) runs.push({ aStart: aLo + startX, bStart: bLo + startX - k, length: x - startX });
    x = prevX;
    y = prevY;
  }
  if (x > 0) runs.push({ aStart: aLo, bStart: bLo, length: x });
  return runs.reverse();
}
