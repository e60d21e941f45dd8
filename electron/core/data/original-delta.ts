import zlib from 'node:zlib';

// An original text is stored as what its reading text cannot reproduce: a list of copies out of the
// reading text (its blocks joined by '\n') and the literal characters between them (Markdown marks,
// page furniture, blank lines, characters the clean-up changed), deflated. Most originals shrink to
// a few hundred bytes; decoding is checked against the reference's length and CRC, and every delta is
// decoded once when written, so a text that would not come back exactly (or is mostly literal) is
// stored whole, deflated.

/** A copy shorter than this is kept as literal characters. */
const MIN_COPY = 4;
/** Characters looked up to find the reading text again after a difference. */
const PROBE = 6;
/** How far ahead in the reading text a lost place is looked for. */
const WINDOW = 4096;
/** Literal characters in a row after which the place is looked for behind the cursor too. */
const LOST = 24;
/** At most this many such searches per text (each reads the whole reading text). */
const MAX_LOST_SEARCHES = 32;
/** In a long run of literals (markup, a removed table of contents) the place is looked for every this many characters. */
const PROBE_EVERY = 16;
const FORMAT = 1;

/** Ops: strings are literal text, numbers come in pairs (skip ahead in the reference, copy this many). */
type Op = string | number;

function commonLength(a: string, i: number, b: string, j: number): number {
  let n = 0;
  while (i + n < a.length && j + n < b.length && a.charCodeAt(i + n) === b.charCodeAt(j + n)) n++;
  return n;
}

/** Linear in the text's length: every search for a lost place is bounded (WINDOW, MAX_LOST_SEARCHES, PROBE_EVERY). */
function encode(original: string, reference: string): Op[] {
  const ops: Op[] = [];
  let literalFrom = 0; // the literal run is original[literalFrom, i)
  let i = 0;
  let c = 0;
  let back = 0; // the cursor may move backwards (a repeated passage): the skip is then negative
  let lostSearches = 0;
  while (i < original.length) {
    const here = commonLength(original, i, reference, c);
    if (here >= MIN_COPY || (here > 0 && i + here === original.length)) {
      if (i > literalFrom) ops.push(original.slice(literalFrom, i));
      ops.push(c - back, here);
      i += here;
      c += here;
      back = c;
      literalFrom = i;
      continue;
    }
    const run = i - literalFrom;
    if (i + PROBE <= original.length && (run < PROBE_EVERY || run % PROBE_EVERY === 0)) {
      const probe = original.substr(i, PROBE);
      const ahead = reference.slice(c, c + WINDOW).indexOf(probe);
      if (ahead > 0) {
        c += ahead;
        continue;
      }
      // Lost for a while: look for the place from the start of the reference (once per run of literals).
      if (ahead < 0 && c > 0 && run === LOST && lostSearches < MAX_LOST_SEARCHES) {
        lostSearches++;
        const anywhere = reference.indexOf(probe);
        if (anywhere >= 0 && anywhere < c) {
          c = anywhere;
          continue;
        }
      }
    }
    i++;
  }
  if (i > literalFrom) ops.push(original.slice(literalFrom, i));
  return ops;
}

function decode(ops: Op[], reference: string): string {
  const parts: string[] = [];
  let c = 0;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    if (typeof op === 'string') {
      parts.push(op);
      continue;
    }
    const len = ops[++k] as number;
    c += op;
    parts.push(reference.slice(c, c + len));
    c += len;
  }
  return parts.join('');
}

const crcOf = (text: string) => zlib.crc32(text);

/** The stored form of `original` given its reading text (the whole text, deflated, when a delta would not reproduce it or save much). */
export function packOriginal(original: string, reference: string): Buffer {
  const ops = encode(original, reference);
  const literal = ops.reduce<number>((n, op) => n + (typeof op === 'string' ? op.length : 0), 0);
  // A delta that is mostly literal saves little and would tie the text to its blocks for nothing.
  const worth = literal * 2 < original.length && decode(ops, reference) === original;
  const body = worth ? { f: FORMAT, n: reference.length, crc: crcOf(reference), ops } : { f: FORMAT, text: original };
  return zlib.deflateRawSync(JSON.stringify(body));
}

/** The original text back from its stored form and the document's current reading text. */
export function unpackOriginal(packed: Buffer, reference: () => string): string {
  const body = JSON.parse(zlib.inflateRawSync(packed).toString('utf8')) as { f: number; text?: string; n?: number; crc?: number; ops?: Op[] };
  if (body.f !== FORMAT) throw new Error(`Unknown stored original format ${body.f}`);
  if (body.text !== undefined) return body.text;
  const ref = reference();
  if (ref.length !== body.n || crcOf(ref) !== body.crc) throw new Error('The reading text no longer matches the stored original');
  return decode(body.ops ?? [], ref);
}
