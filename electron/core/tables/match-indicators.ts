import type { AlignedTarget, TargetPair, TargetRow } from '../../shared/table-types';

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

/** 80 and 80.0 are the same value; ranges (6.5－7) are compared as written, widths ignored. */
function sameValue(a: string, b: string): boolean {
  const [x, y] = [Number(a), Number(b)];
  return Number.isFinite(x) && Number.isFinite(y) ? x === y : a.normalize('NFKC') === b.normalize('NFKC');
}

/** μg/m3, µg/m³ and ug/m3 (a copy that lost its Greek letter) are one unit; widths ignored. */
const unitKey = (unit: string) => unit.normalize('NFKC').replace(/μ/g, 'u');

function sameTarget(a: TargetRow, b: TargetRow): boolean {
  return sameValue(a.value, b.value) && unitKey(a.unit) === unitKey(b.unit) && a.comparator === b.comparator && a.year === b.year;
}

function tailMatch(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // 常住人口|城镇化率 is the same measure; R&D经费占|地区生产总值 is another one, of which 地区生产总值 is the base.
  return short.length >= MIN_TAIL && long.endsWith(short) && !/[占比与和及的、对较]$/u.test(long.slice(0, long.length - short.length));
}

/**
 * The same indicators of several documents side by side: each document's targets matched against the rows
 * built so far by name (exactly first, then by a common ending), preferring the same year; what no earlier
 * document sets starts a row of its own. In the first document's order, the others' own rows after.
 */
export function alignTargets(lists: readonly (readonly TargetRow[])[]): AlignedTarget[] {
  const rows: { cells: (TargetRow | null)[]; keys: string[]; year: number | null }[] = [];
  const exact = (x: string, y: string) => x === y;
  // Exactly the same name in the same year first, then the same name, then a common ending (same year first).
  const rounds: [(x: string, y: string) => boolean, boolean][] = [[exact, true], [exact, false], [tailMatch, true], [tailMatch, false]];
  lists.forEach((list, d) => {
    const placed: (number | null)[] = list.map(() => null);
    const taken = new Set<number>();
    for (const [matches, sameYear] of rounds) {
      list.forEach((target, i) => {
        if (placed[i] !== null) return;
        const key = indicatorKey(target.indicator);
        const r = rows.findIndex((row, k) => !taken.has(k) && (!sameYear || row.year === target.year) && row.keys.some((x) => matches(x, key)));
        if (r >= 0) {
          placed[i] = r;
          taken.add(r);
        }
      });
    }
    list.forEach((target, i) => {
      const key = indicatorKey(target.indicator);
      const r = placed[i] ?? null;
      if (r === null) {
        const cells: (TargetRow | null)[] = lists.map(() => null);
        cells[d] = target;
        rows.push({ cells, keys: [key], year: target.year });
      } else {
        rows[r]!.cells[d] = target;
        rows[r]!.keys.push(key);
      }
    });
  });
  return rows.map(({ cells }) => {
    const present = cells.filter((c): c is TargetRow => c !== null);
    return { indicator: present[0]!.indicator, cells, differs: present.some((c) => !sameTarget(present[0]!, c)) };
  });
}

/** Two documents side by side (alignTargets for a pair): what one sets and the other not has null on the other side. */
export function pairTargets(a: readonly TargetRow[], b: readonly TargetRow[]): TargetPair[] {
  return alignTargets([a, b]).map(({ indicator, cells, differs }) => ({ indicator, a: cells[0]!, b: cells[1]!, differs }));
}
