// Character classes shared by the clean-up and structure passes.

/** Han ideographs, CJK punctuation and full-width forms: the characters that take a full em in print. */
export const CJK = '\\u2E80-\\u2FFF\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF“”‘’—…·《》';
const FULL_WIDTH = new RegExp(`[${CJK}]`);

/** Visual width of a line in half-em units, as a printer would lay it out. */
export function visualWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += FULL_WIDTH.test(ch) ? 2 : 1;
  return w;
}

/** Characters that can end a paragraph. */
// A closing quote ends a paragraph only after sentence-final punctuation: “…全程一单”\n公铁空… goes on.
export const TERMINAL = /(?:[。！？；：!?;:…]|[。！？!?][”’」』])$|[）)】〕]$/;
/** Sentence ends that close a thought (not a bracket that may sit mid-sentence). */
export const SENTENCE_END = /[。！？；!?;]["”’」』）)]?$/;
/** Punctuation that cannot end a paragraph: the line must go on. */
export const CONTINUING = /[，、（(“‘《〔【\-—～~＋+/／·]$/;

export function hasSentencePunctuation(text: string): boolean {
  return /[。！？；，,;!?]/.test(text);
}

export function trimLine(line: string): string {
  return line.replace(/^[\s\u3000\uFEFF]+|[\s\u3000]+$/g, '');
}
