import type { AlignedPair, Comparison, DiffOp } from '../../shared/compare-types';
import type { CliCommand } from '../command';
import { intOption, requireDocId, UsageError } from '../command';

const CONTEXT = 12;
const PREVIEW = 80;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** A changed pair as one line: equal text shortened to its context, edits as [-old-]{+new+}. */
function inlineDiff(ops: DiffOp[]): string {
  return ops
    .map((op, k) => {
      const text = op.text.replace(/\s+/g, ' ');
      if (op.op === 'delete') return `[-${text}-]`;
      if (op.op === 'insert') return `{+${text}+}`;
      if (text.length <= 2 * CONTEXT) return text;
      const head = k > 0 ? text.slice(0, CONTEXT) : '';
      const tail = k < ops.length - 1 ? text.slice(-CONTEXT) : '';
      return `${head}…${tail}`;
    })
    .join('');
}

function describePair(p: AlignedPair): string {
  const ids = `A${p.aBlocks.length ? `[${p.aBlocks.join(',')}]` : '-'} B${p.bBlocks.length ? `[${p.bBlocks.join(',')}]` : '-'}`;
  const shape = p.shape === 'one' ? '' : ` ${p.shape}`;
  const extra = `${p.renumbered ? ' renumbered' : ''}${p.cutOff ? ` (${p.cutOff.toUpperCase()} breaks off here)` : ''}`;
  return `${p.kind}${shape}${extra} ${ids} ${Math.round(p.score * 100)}%`;
}

function human(c: Comparison, texts: { a: Map<number, string>; b: Map<number, string> }, showSame: boolean): string {
  const s = c.summary;
  const lines = [
    `A #${c.a.docId} ${c.a.title}`,
    `B #${c.b.docId} ${c.b.title}`,
    `${s.same} same, ${s.changed} changed, ${s.added} added, ${s.removed} removed, ${s.moved} moved` +
      ` (${s.split} split, ${s.merged} merged, ${s.renumbered} renumbered); ${s.differences} differences;` +
      ` similarity ${Math.round(s.similarity * 100)}%; ${s.tookMs} ms`,
    '',
  ];
  for (const p of c.pairs) {
    if (p.kind === 'same' && !showSame) continue;
    lines.push(describePair(p));
    if (p.kind === 'added') lines.push(`  + ${clip(p.bBlocks.map((id) => texts.b.get(id)).join(''), PREVIEW)}`);
    else if (p.kind === 'removed') lines.push(`  - ${clip(p.aBlocks.map((id) => texts.a.get(id)).join(''), PREVIEW)}`);
    else if (p.diff) lines.push(`  ${inlineDiff(p.diff)}`);
    else lines.push(`  = ${clip(p.aBlocks.map((id) => texts.a.get(id)).join(''), PREVIEW)}`);
  }
  return lines.join('\n');
}

export const compareCommands: CliCommand[] = [
  {
    name: 'compare',
    usage: 'compare DOC_A DOC_B [--all]',
    summary: 'Align two versions of a text: paired paragraphs, character differences, summary (--all also lists unchanged pairs)',
    options: { all: { type: 'boolean' } },
    async run(lib, positionals, values, io) {
      if (positionals.length !== 2) throw new UsageError('compare needs two documents: compare DOC_A DOC_B');
      const a = requireDocId(positionals[0]);
      const b = requireDocId(positionals[1]);
      const c = await lib.call('compareDocuments', { a, b });
      if (io.json) {
        const pairs = c.pairs.map(({ aMarks: _am, bMarks: _bm, ...p }) => p);
        io.out({ a: c.a, b: c.b, summary: c.summary, pairs, differences: c.differences });
        return;
      }
      const textsOf = async (docId: number) => new Map((await lib.call('getBlocks', { docId })).map((x) => [x.blockId, x.text]));
      const texts = { a: await textsOf(a), b: await textsOf(b) };
      io.out(c, () => human(c, texts, Boolean(values.all)));
    },
  },
  {
    name: 'related',
    usage: 'related DOC BLOCK [--limit N] [--same-work]',
    summary: 'Passages of other documents most similar to a paragraph (or to the section under a heading)',
    options: { limit: { type: 'string' }, 'same-work': { type: 'boolean' } },
    async run(lib, positionals, values, io) {
      if (positionals.length !== 2) throw new UsageError('related needs a document and a block: related DOC BLOCK');
      const docId = requireDocId(positionals[0]);
      const blockId = Number(positionals[1]);
      if (!Number.isInteger(blockId) || blockId <= 0) throw new UsageError(`BLOCK must be a block id (a positive integer), got: ${positionals[1]}`);
      const r = await lib.call('relatedPassages', { docId, blockId, limit: intOption(values, 'limit'), includeSameWork: Boolean(values['same-work']) });
      io.out(r, () =>
        [
          `query: ${clip(r.query, PREVIEW)}`,
          ...r.passages.map((p) => `${p.score.toFixed(3)}  #${p.docId} ${p.docTitle} [${p.blockId}]${p.section ? ` ${p.section}` : ''}\n       ${clip(p.text, PREVIEW)}`),
        ].join('\n'),
      );
    },
  },
];
