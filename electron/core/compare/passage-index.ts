import type { Db } from '../db/open-database';
import { normalizeString } from './normalized-text';
import { lastChangeOf } from '../db/change-log';

/** A stretch of consecutive blocks of one document: the unit related-passage search returns. */
export interface Passage {
  docId: number;
  blockIds: number[];
  section: string | null;
  text: string;
  /** Term ids and L2-normalised TF-IDF weights. */
  terms: Int32Array;
  weights: Float32Array;
}

export interface PassageIndex {
  signature: string;
  passages: Passage[];
  /** Passage index of each block. */
  passageOfBlock: Map<number, number>;
  /** term id → passages containing it, with that term's weight there. */
  postings: { passage: number; weight: number }[][];
  termIds: Map<string, number>;
  idf: Float64Array;
}

// Short paragraphs (and PDF lines) are joined until a passage has this many characters.
const MIN_PASSAGE_CHARS = 80;

interface BlockRow {
  id: number;
  doc_id: number;
  kind: string;
  text: string;
}

/** Character bigrams of the letters of a text (punctuation and spaces do not count). */
export function bigrams(text: string): string[] {
  const letters = normalizeString(text).replace(/[^\p{L}\p{N}]+/gu, '');
  const out: string[] = [];
  for (let i = 0; i + 1 < letters.length; i++) out.push(letters.slice(i, i + 2));
  return out;
}

/** The change log's position for what the index is built from (documents, their blocks, their works). */
export function librarySignature(db: Db): string {
  return String(lastChangeOf(db, ['document', 'blocks', 'metadata']));
}

function splitPassages(rows: BlockRow[]): Omit<Passage, 'terms' | 'weights'>[] {
  const out: Omit<Passage, 'terms' | 'weights'>[] = [];
  let current: Omit<Passage, 'terms' | 'weights'> | null = null;
  let section: string | null = null;
  let docId = -1;
  for (const r of rows) {
    if (r.doc_id !== docId || r.kind === 'heading' || (current && current.text.length >= MIN_PASSAGE_CHARS)) {
      if (current) out.push(current);
      current = null;
    }
    if (r.doc_id !== docId) section = null;
    docId = r.doc_id;
    if (r.kind === 'heading') section = r.text;
    current ??= { docId: r.doc_id, blockIds: [], section, text: '' };
    current.blockIds.push(r.id);
    // Blocks on lines of their own, so a heading never runs into the paragraph after it.
    current.text += current.text ? `\n${r.text}` : r.text;
  }
  if (current) out.push(current);
  return out;
}

/** Character-bigram TF-IDF vectors of every passage of the library. */
export function buildPassageIndex(db: Db): PassageIndex {
  const signature = librarySignature(db);
  const rows = db
    .prepare(
      `SELECT b.id, b.doc_id, b.kind, b.text FROM blocks b JOIN documents d ON d.id = b.doc_id
       WHERE d.deleted_at IS NULL ORDER BY b.doc_id, b.seq`,
    )
    .all() as BlockRow[];
  const raw = splitPassages(rows);
  const termIds = new Map<string, number>();
  const df: number[] = [];
  const counts = raw.map((p) => {
    const tf = new Map<number, number>();
    for (const g of bigrams(p.text)) {
      let t = termIds.get(g);
      if (t === undefined) {
        termIds.set(g, (t = termIds.size));
        df.push(0);
      }
      tf.set(t, (tf.get(t) ?? 0) + 1);
    }
    for (const t of tf.keys()) df[t]!++;
    return tf;
  });
  const idf = Float64Array.from(df, (d) => Math.log((raw.length + 1) / (d + 0.5)));
  const postings: PassageIndex['postings'] = df.map(() => []);
  const passageOfBlock = new Map<number, number>();
  const passages = raw.map((p, pi) => {
    const { terms, weights } = vectorOf(counts[pi]!, idf);
    terms.forEach((t, k) => postings[t]!.push({ passage: pi, weight: weights[k]! }));
    for (const id of p.blockIds) passageOfBlock.set(id, pi);
    return { ...p, terms, weights };
  });
  return { signature, passages, passageOfBlock, postings, termIds, idf };
}

/** L2-normalised (1 + log tf) · idf weights. */
export function vectorOf(tf: Map<number, number>, idf: Float64Array): { terms: Int32Array; weights: Float32Array } {
  const terms = Int32Array.from(tf.keys());
  const weights = Float32Array.from(terms, (t) => (1 + Math.log(tf.get(t)!)) * idf[t]!);
  let sum = 0;
  for (const w of weights) sum += w * w;
  const norm = Math.sqrt(sum) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / norm;
  return { terms, weights };
}
