// Character classes shared by the clean-up and structure passes.

/** Han ideographs, CJK punctuation and full-width forms: the characters that take a full em in print. */
export const CJK = '\\u2E80-\\u2FFF\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF“”‘’—…·《》';

/** Whether a code unit is one of CJK's characters (kept in step with it; a test compares the two). */
function isFullWidth(c: number): boolean {
  if (c < 0x2e80) return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 || c === 0xb7;
  return (
    c <= 0x303f || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef)
  );
}

/** Visual width of a line in half-em units, as a printer would lay it out: a character outside the BMP is one unit. */
export function visualWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const low = line.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++;
        w += 1;
        continue;
      }
    }
    w += isFullWidth(c) ? 2 : 1;
  }
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
