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
/** At most this many such searches per text (each may read the reading text back to its start). */
const MAX_LOST_SEARCHES = 256;
/** Characters of the original tried as literal before the reading text is searched (a '\n' of a blank line, a '#'). */
const SKIP = 8;
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
  const ratio = reference.length / Math.max(1, original.length);
  let lostAt = -1; // the run length at which the place was last looked for
  while (i < original.length) {
    const here = commonLength(original, i, reference, c);
    if (here >= MIN_COPY || (here > 0 && i + here === original.length)) {
      if (i > literalFrom) ops.push(original.slice(literalFrom, i));
      ops.push(c - back, here);
      i += here;
      c += here;
      back = c;
      literalFrom = i;
      lostAt = -1;
      continue;
    }
    // Characters only the original has (blank lines, Markdown marks, furniture): the reading text goes on after them.
    let skip = 1;
    while (skip <= SKIP && commonLength(original, i + skip, reference, c) < MIN_COPY) skip++;
    if (skip <= SKIP && i + skip < original.length) {
      i += skip;
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
      // The reading text keeps the original's order: after a long difference, look where this place falls
      // in proportion to the lengths.
      if (ahead < 0 && run >= LOST) {
        const from = Math.max(0, Math.round(i * ratio) - WINDOW);
        const near = reference.slice(from, from + 2 * WINDOW).indexOf(probe);
        if (near >= 0 && from + near !== c) {
          c = from + near;
          continue;
        }
      }
      // Lost for a while (a passage the reading text has elsewhere): the nearest place behind or beyond
      // the window, now and then in a run of literals.
      if (ahead < 0 && run >= LOST && (lostAt < 0 || run - lostAt >= 4 * LOST) && lostSearches < MAX_LOST_SEARCHES) {
        lostSearches++;
        lostAt = run;
        const behind = c > 0 ? reference.lastIndexOf(probe, c - 1) : -1;
        const beyond = reference.indexOf(probe, c + WINDOW);
        const to = behind < 0 ? beyond : beyond < 0 || c - behind <= beyond - c ? behind : beyond;
        if (to >= 0) {
          c = to;
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
