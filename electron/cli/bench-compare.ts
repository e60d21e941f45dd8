// Alignment speed: two ~300,000-character versions of a text must align in under a second.
// Usage: npm run build && npm run bench:compare [-- --chars 300000 --runs 5]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { alignDocuments } from '../core/compare/align-documents';
import { parseStructure } from '../core/import/parse-structure';
import { chineseNumberValue } from '../core/import/structure/heading-patterns';
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
function firstEdition(wanted = targetChars): Block[] {
  const files = fs.readdirSync(values.corpora).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`No .txt files in ${values.corpora} (pass --corpora DIR)`);
  const blocks: Block[] = [];
  let chars = 0;
  for (let k = 0; chars < wanted; k++) {
    const file = files[k % files.length]!;
    for (const b of parseStructure(fs.readFileSync(path.join(values.corpora, file), 'utf8'), file).blocks) {
      if (chars >= wanted) break;
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

const CN_DIGIT = '零一二三四五六七八九';
/** 1…999 in Chinese numerals, as articles and items are numbered (十一, 二十, 一百零五). */
function chineseNumeral(n: number): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = h ? `${CN_DIGIT[h]}百` : '';
  if (t) s += `${h || t > 1 ? CN_DIGIT[t] : ''}十`;
  else if (h && u) s += '零';
  if (u) s += CN_DIGIT[u];
  return s;
}

/**
 * A revision as a legislature makes one: the edits of secondEdition, and an item inserted near the start
 * of every list so that everything after it is renumbered (（三）→（四）, 五、→六、, 第十条→第十一条).
 */
function revisedEdition(a: Block[]): Block[] {
  const renumber = (text: string) =>
    text.replace(/^(第|（)?([一二三四五六七八九十百零]+)(条|章|）|、)/, (_m, pre: string | undefined, num: string, post: string) => `${pre ?? ''}${chineseNumeral(chineseNumberValue(num) + 1)}${post}`);
  return secondEdition(a).map((b) => ({ ...b, text: renumber(b.text) }));
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

// The issue-12 budget: a revision of about 100,000 characters, renumbered, in at most 250 ms.
const revisionA = firstEdition(100_000);
const revision = { a: revisionA, b: revisedEdition(revisionA) };
const revisionTimes: number[] = [];
let revisionSummary = null;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  revisionSummary = alignDocuments(revision.a, revision.b).summary;
  revisionTimes.push(performance.now() - t0);
}
revisionTimes.sort((x, y) => x - y);
const revisionMedian = revisionTimes[Math.floor(revisionTimes.length / 2)]!;
console.log(`revision with renumbering (${size(revision.a)} / ${size(revision.b)} chars): median ${revisionMedian.toFixed(0)} ms over ${runs} runs (budget 250 ms: ${revisionMedian <= 250 ? 'ok' : 'MISSED'}); summary ${JSON.stringify(revisionSummary)}`);
console.log(`load average: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

if (median >= 1000 || unrelatedMs >= 1000) {
  console.error(`SLOW: ${median.toFixed(0)} ms for two editions, ${unrelatedMs.toFixed(0)} ms for unrelated texts (limit 1000 ms)`);
  process.exitCode = 1;
}
