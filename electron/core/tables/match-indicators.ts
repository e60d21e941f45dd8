import type { TargetPair, TargetRow } from '../../shared/table-types';

/** The shortest name matched by its ending: 常住人口城镇化率 ends with 城镇化率, but no three-character name matches so. */
const MIN_TAIL = 4;

/** An indicator's name for matching: widths unified, quotes, brackets and spaces dropped, 比率/占比 read as 比例. */
export function indicatorKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s“”"‘’'()（）[\]【】《》<>]/gu, '')
    .replace(/比率|占比/gu, '比例');
}

function sameTarget(a: TargetRow, b: TargetRow): boolean {
  return Number(a.value) === Number(b.value) && a.unit.normalize('NFKC') === b.unit.normalize('NFKC') && a.comparator === b.comparator && a.year === b.year;
}

function tailMatch(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // 常住人口|城镇化率 is the same measure; R&D经费占|地区生产总值 is another one, of which 地区生产总值 is the base.
  return short.length >= MIN_TAIL && long.endsWith(short) && !/[占比与和及的、对较]$/u.test(long.slice(0, long.length - short.length));
}

/**
 * The same indicators of two documents side by side: matched by name (exactly first, then by a common ending),
 * preferring the same year; what one document sets and the other does not comes with null on the other side.
 * In A's order, B's unmatched targets after.
 */
export function pairTargets(a: readonly TargetRow[], b: readonly TargetRow[]): TargetPair[] {
  const bKeys = b.map((r) => indicatorKey(r.indicator));
  const taken = new Set<number>();
  const partner: (number | null)[] = a.map(() => null);
  const rounds: ((ka: string, kb: string) => boolean)[] = [(x, y) => x === y, tailMatch];
  for (const matches of rounds) {
    a.forEach((row, i) => {
      if (partner[i] !== null) return;
      const ka = indicatorKey(row.indicator);
      let best: number | null = null;
      bKeys.forEach((kb, j) => {
        if (taken.has(j) || !matches(ka, kb)) return;
        if (best === null || (b[j]!.year === row.year && b[best]!.year !== row.year)) best = j;
      });
      if (best !== null) {
        partner[i] = best;
        taken.add(best);
      }
    });
  }
  const pairs: TargetPair[] = a.map((row, i) => {
    const j = partner[i]!;
    const other = j === null ? null : b[j]!;
    return { indicator: row.indicator, a: row, b: other, differs: other !== null && !sameTarget(row, other) };
  });
  b.forEach((row, j) => {
    if (!taken.has(j)) pairs.push({ indicator: row.indicator, a: null, b: row, differs: false });
  });
  return pairs;
}
