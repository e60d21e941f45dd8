// Verifying a candidate block on its stored text inside SQLite (instr), without handing the text to
// JavaScript to normalise. It is exact for terms made only of Han characters: such a character never
// changes under normalisation, so a raw text holding the term holds it normalised; the converse fails
// only where the text holds a character that normalises *into* a Han character (a Kangxi radical ⼀,
// a compatibility ideograph, ㈠, ㍻ …). Blocks with any of those go on to the full check.

/** Han characters: the terms checked on the raw text. */
const HAN_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/;

/**
 * A superset of the characters whose normalised form holds a Han character (tested against every code
 * point): CJK radicals and Kangxi radicals, Hangzhou numerals, kanbun, enclosed and squared CJK,
 * compatibility ideographs and their supplement, enclosed ideographic supplement.
 */
export const FOLDS_INTO_HAN =
  '\u2e80-\u2fdf\u3038-\u303a\u3190-\u319f\u3200-\u33ff\uf900-\ufaff\u{1f200}-\u{1f2ff}\u{2f800}-\u{2fa1f}';

/** SQLite GLOB pattern matching a text that holds any of FOLDS_INTO_HAN (also in migration 016). */
export const FOLDS_INTO_HAN_GLOB = `*[${FOLDS_INTO_HAN}]*`;

const FOLDS_INTO_HAN_CHARACTER = new RegExp(`[${FOLDS_INTO_HAN}]`, 'u');
export const holdsCharacterFoldingIntoHan = (text: string) => FOLDS_INTO_HAN_CHARACTER.test(text);

export const checkableOnRawText = (terms: readonly string[]) => terms.every((t) => HAN_ONLY.test(t));

/**
 * The SQL conditions (over the text `column`) under which a block surely holds every included term and no
 * excluded one (`pass`), and under which a block outside `pass` may still hold them once normalised and must
 * be checked in full (`unsure`: it has a character that folds into Han), each with its parameters in order.
 * `mayFold` is an SQL expression that is false for a document known to hold no such character: its
 * blocks skip the slow GLOB.
 */
export function rawTextCondition(
  column: string,
  mayFold: string,
  include: readonly string[],
  exclude: readonly string[],
): { pass: string; passParams: string[]; unsure: string; unsureParams: string[] } {
  const parts = [...include.map(() => `instr(${column}, ?) > 0`), ...exclude.map(() => `instr(${column}, ?) = 0`)];
  // An excluded term absent from the raw text may still be there once normalised.
  if (exclude.length > 0) parts.push(`(NOT ${mayFold} OR NOT ${column} GLOB ?)`);
  return {
    pass: parts.join(' AND '),
    passParams: [...include, ...exclude, ...(exclude.length > 0 ? [FOLDS_INTO_HAN_GLOB] : [])],
    unsure: `${mayFold} AND ${column} GLOB ?`,
    unsureParams: [FOLDS_INTO_HAN_GLOB],
  };
}
