// Alignment speed: two ~300,000-character versions of a text must align in under a second.
// Usage: npm run build && npm run bench:compare [-- --chars 300000 --runs 5]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { alignDocuments } from '../core/compare/align-documents';
import { parseStructure } from '../core/import/parse-structure';
import type { Block } from '../shared/types';

const { values } = parseArgs({
  options: {
    chars: { type: 'string', default: '300000' },
    runs: { type: 'string', default: '5' },
    corpora: { type: 'string', default: path.resolve(process.cwd(), '..', 'shared', 'corpora', 'gov-work-reports') },
  },
});
const targetChars = Number(values.chars);
const runs = Number(values.runs);

/** Real report texts, concatenated until the target size: version A. */
function firstEdition(): Block[] {
  const files = fs.readdirSync(values.corpora).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`No .txt files in ${values.corpora} (pass --corpora DIR)`);
  const blocks: Block[] = [];
  let chars = 0;
  for (let k = 0; chars < targetChars; k++) {
    const file = files[k % files.length]!;
    for (const b of parseStructure(fs.readFileSync(path.join(values.corpora, file), 'utf8'), file).blocks) {
      if (chars >= targetChars) break;
      blocks.push({ blockId: blocks.length + 1, kind: b.kind, level: b.level, text: b.text });
      chars += b.text.length;
    }
  }
  return blocks;
}

/** A revised edition: words edited, paragraphs split, merged, moved, removed and added. */
function secondEdition(a: Block[]): Block[] {
  const out: Block[] = [];
  const moved: Block[] = [];
  let next = 1_000_000;
  const block = (text: string, from: Block): Block => ({ blockId: next++, kind: from.kind, level: from.level, text });
  for (let i = 0; i < a.length; i++) {
    const b = a[i]!;
    const t = b.text;
    if (b.kind === 'heading') out.push(block(t, b));
    else if (i % 97 === 13) moved.push(block(t, b));
    else if (i % 89 === 7) continue;
    else if (i % 53 === 5 && t.length > 40) {
      const cut = t.indexOf('。') + 1 || Math.floor(t.length / 2);
      out.push(block(t.slice(0, cut), b), block(t.slice(cut), b));
    } else if (i % 61 === 9 && a[i + 1]?.kind === 'paragraph') {
      out.push(block(t + a[i + 1]!.text, b));
      i++;
    } else if (i % 7 === 3 && t.length > 20) {
      const at = Math.floor(t.length / 3);
      out.push(block(`${t.slice(0, at)}进一步${t.slice(at + 2, 2 * at)}切实${t.slice(2 * at)}`, b));
    } else out.push(block(t, b));
    if (i % 71 === 70) out.push(block('新增：健全重大政策事前评估和事后评价制度，提高政策质量。', b));
    if (i % 211 === 100 && moved.length) out.push(moved.shift()!);
  }
  out.push(...moved);
  return out;
}

/** Other reports, for the case of two texts that are not versions of each other. */
function unrelatedText(size: number): Block[] {
  const files = fs.readdirSync(values.corpora).filter((f) => f.endsWith('.txt')).sort().reverse();
  const blocks: Block[] = [];
  let chars = 0;
  for (const file of files) {
    for (const b of parseStructure(fs.readFileSync(path.join(values.corpora, file), 'utf8'), file).blocks) {
      if (chars >= size) return blocks;
      blocks.push({ blockId: 2_000_000 + blocks.length, kind: b.kind, level: b.level, text: b.text });
      chars += b.text.length;
    }
  }
  return blocks;
}

const a = firstEdition();
const b = secondEdition(a);
const size = (bs: Block[]) => bs.reduce((n, x) => n + x.text.length, 0);
console.log(`A: ${a.length} blocks, ${size(a)} chars; B: ${b.length} blocks, ${size(b)} chars`);
const times: number[] = [];
let summary = null;
for (let r = 0; r < runs; r++) {
  const started = performance.now();
  summary = alignDocuments(a, b).summary;
  times.push(performance.now() - started);
}
times.sort((x, y) => x - y);
console.log(`summary: ${JSON.stringify(summary)}`);
console.log(`compare: median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, best ${times[0]!.toFixed(0)} ms, worst ${times.at(-1)!.toFixed(0)} ms over ${runs} runs`);
const median = times[Math.floor(times.length / 2)]!;

// A reader may also pick two documents that are not versions of one another.
const other = unrelatedText(size(a));
const started = performance.now();
const unrelated = alignDocuments(a, other).summary;
const unrelatedMs = performance.now() - started;
console.log(`unrelated texts (${size(a)} / ${size(other)} chars): ${unrelatedMs.toFixed(0)} ms, similarity ${unrelated.similarity}`);

if (median >= 1000 || unrelatedMs >= 1000) {
  console.error(`SLOW: ${median.toFixed(0)} ms for two editions, ${unrelatedMs.toFixed(0)} ms for unrelated texts (limit 1000 ms)`);
  process.exitCode = 1;
}
