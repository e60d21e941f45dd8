/** A piece of a block's text and where it starts. */
export interface Piece {
  text: string;
  start: number;
}

/** Sentences of a paragraph: up to and including 。！？；; (a 分号 ends a target as surely as a 句号). */
export function sentencesOf(text: string): Piece[] {
  return piecesOf(text, /[^。！？；;!?]*(?:[。！？；;!?]+|$)/gu);
}

/** Clauses of a sentence: split at commas and colons (、 stays: it joins the items of a list). */
export function clausesOf(sentence: string): Piece[] {
  return piecesOf(sentence, /[^，,：:]*(?:[，,：:]+|$)/gu);
}

function piecesOf(text: string, re: RegExp): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}
