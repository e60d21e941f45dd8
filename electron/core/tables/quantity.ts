import type { Comparator } from '../../shared/table-types';

// A number with its unit, as plans write them: 2.5万亿元, 80%, 35μg/m3, 7公里/平方公里, 10000家, 11年.

/** Chinese units, with an optional magnitude in front (万人, 亿元, 万亿元, 万吨标准煤). */
const CJK_UNITS = [
  '个百分点', '百分点', '吨标准煤', '标准煤', '千瓦时', '平方公里', '平方米', '立方米', '公里', '千米', '千瓦', '美元', '人次',
  '元', '人', '户', '吨', '辆', '张', '套', '所', '家', '个', '项', '座', '条', '处', '台', '间', '部', '米', '亩', '公顷',
  '倍', '根', '个工作日', '工作日', '个月', '年', '岁', '天', '小时', '分钟', '床', '公斤', '千克', '斤',
];
const MAGNITUDE = '(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?';
const CJK_UNIT = `${MAGNITUDE}(?:${CJK_UNITS.join('|')})`;
/** Latin and Greek units, with superscripts or a trailing 2/3: μg/m3, m³, km², kWh, GW. */
const LATIN_UNIT = '(?:[μµu]g|mg|ng|kg|km|kWh|kW|MW|GW|TWh|Gbps|Mbps|TB|PB|t|m|L)(?:[²³23])?(?![A-Za-z])';
const PER = `(?:\\s*[/／]\\s*(?:${CJK_UNIT}|${LATIN_UNIT}|${MAGNITUDE}[\\u4e00-\\u9fff]))?`;
/** A magnitude alone, as in 增加1.4亿、覆盖10.5亿人 or 1484万，: only where no word follows it. */
const BARE_MAGNITUDE = '(?:万亿|亿|万)(?=[^\\u4e00-\\u9fff]|以上|以下|左右|$)';
const UNIT = `(?:[%％‰]|${CJK_UNIT}${PER}|${LATIN_UNIT}${PER}|${BARE_MAGNITUDE})`;
const NUMBER = '\\d+(?:[.．]\\d+)?(?:\\s*[-－–~～—至到]\\s*\\d+(?:[.．]\\d+)?)?';

/**
 * A value and its unit. Not a part of a name or a code (PM2.5, 5G, 第3, 3+N), not a year (2025年),
 * not a date; a number without a unit is no quantity.
 */
const QUANTITY = new RegExp(`(?<![A-Za-z0-9.．+第])(${NUMBER})\\s*(${UNIT})(?![A-Za-z0-9+])`, 'gu');

export interface Quantity {
  value: string;
  unit: string;
  start: number;
  end: number;
}

const YEAR_LIKE = /^(1[89]|20|21)\d\d$/;
/** After the unit 年, words that make the number a date or period, not a length of time: 2025年底, 3年前. */
const NOT_AFTER_YEAR = /^(?:底|末|初|前|后|以来|内|度|间|代)/;

/** Where titles 《…》 are: numbers in them (《…（2022—2026年）》) are part of a name. */
function titleRanges(text: string): [number, number][] {
  return [...text.matchAll(/《[^《》]*》/gu)].map((m) => [m.index, m.index + m[0].length]);
}

export function quantitiesIn(text: string): Quantity[] {
  const out: Quantity[] = [];
  const titles = titleRanges(text);
  for (const m of text.matchAll(QUANTITY)) {
    const value = m[1]!;
    const unit = m[2]!.replace(/\s+/g, '');
    const end = m.index + m[0].length;
    if (titles.some(([from, to]) => m.index >= from && m.index < to)) continue;
    // 2025年, 2021—2025年: years, not lengths of time.
    if (unit === '年' && (YEAR_LIKE.test(value.split(/[^\d]/)[0]!) || NOT_AFTER_YEAR.test(text.slice(end)))) continue;
    if (YEAR_LIKE.test(value) && /^[月日]/.test(unit)) continue;
    const last = out.at(-1);
    // 6.5%－7%: one range, its unit written twice.
    if (last && last.unit === unit && /^\s*[-－–~～—至到]\s*$/u.test(text.slice(last.end, m.index))) {
      last.value = `${last.value}${text.slice(last.end, m.index).trim()}${value.replace(/\s+/g, '')}`;
      last.end = end;
      continue;
    }
    out.push({ value: value.replace(/\s+/g, ''), unit, start: m.index, end });
  }
  return out;
}

/** Words after the unit, and their comparator: 以上 ≥, 以下/以内 ≤, 左右 ≈. */
const SUFFIX: [RegExp, Comparator][] = [
  [/^(?:以上|及以上|或以上)/, '>='],
  [/^(?:以下|以内|及以下)/, '<='],
  [/^(?:左右|上下)/, '~'],
];

/** Words before the number (the end of the verb phrase), and their comparator. */
const PREFIX: [RegExp, Comparator][] = [
  [/(?:不低于|不少于|不小于|至少|突破|超|逾)$/, '>='],
  [/(?:不超过|不高于|不大于|控制在|最多)$/, '<='],
  [/(?:超过|高于|大于|多于)$/, '>'],
  [/(?:低于|少于|小于|不足)$/, '<'],
  [/(?:约|大约|接近|近|将近|大概)$/, '~'],
];

/** The comparator a value is stated with: the words after the unit win over the words before the number. */
export function comparatorOf(before: string, after: string): { comparator: Comparator; suffixLength: number } {
  for (const [re, c] of SUFFIX) {
    const m = re.exec(after);
    if (m) return { comparator: c, suffixLength: m[0].length };
  }
  const head = before.replace(/[达到为至在]+$/u, '');
  for (const [re, c] of PREFIX) if (re.test(head) || re.test(before)) return { comparator: c, suffixLength: 0 };
  return { comparator: '=', suffixLength: 0 };
}
