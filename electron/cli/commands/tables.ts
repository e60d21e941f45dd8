import { writeFileAtomic } from '../../core/atomic-write';
import type { TargetRow, TaskRow } from '../../shared/table-types';
import type { CliCommand } from '../command';
import { requireDocId, UsageError } from '../command';

const SYMBOL: Record<TargetRow['comparator'], string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=', '~': '≈' };

/** A target as the issue's JSON names it: no field beyond these. */
function targetJson(r: TargetRow | null) {
  if (!r) return null;
  const { blockId, indicator, value, unit, comparator, year, kind, text } = r;
  return { blockId, indicator, value, unit, comparator, year, kind, text };
}

function taskJson(r: TaskRow) {
  const { blockId, path, title, text, lead, partners, deadline } = r;
  return { blockId, path, title, text, lead, partners, deadline };
}

const targetLine = (r: TargetRow) => `${r.indicator} ${SYMBOL[r.comparator]} ${r.value}${r.unit}${r.year ? ` (${r.year})` : ''}`;

export const tablesCommands: CliCommand[] = [
  {
    name: 'targets',
    usage: 'targets DOC | targets --compare DOC_A DOC_B',
    summary: 'Quantitative targets and facts of a document (indicator, value, unit, comparator, year, kind); --compare sets two documents side by side',
    options: { compare: { type: 'boolean' } },
    async run(lib, positionals, values, io) {
      if (values.compare) {
        if (positionals.length !== 2) throw new UsageError('targets --compare needs two documents: targets --compare DOC_A DOC_B');
        const c = await lib.call('compareTargets', { a: requireDocId(positionals[0]), b: requireDocId(positionals[1]) });
        const pairs = c.pairs.map((p) => ({ indicator: p.indicator, a: targetJson(p.a), b: targetJson(p.b) }));
        io.out({ pairs }, () =>
          [
            `A #${c.a.docId} ${c.a.title}`,
            `B #${c.b.docId} ${c.b.title}`,
            ...c.pairs.map((p) => {
              const mark = p.a && p.b ? (p.differs ? '≠' : '=') : p.a ? 'A only' : 'B only';
              const side = (r: TargetRow | null) => (r ? `${SYMBOL[r.comparator]}${r.value}${r.unit}${r.year ? ` (${r.year})` : ''}` : '—');
              return `${mark.padEnd(6)} ${p.indicator}: A ${side(p.a)} | B ${side(p.b)}`;
            }),
          ].join('\n'),
        );
        return;
      }
      if (positionals.length !== 1) throw new UsageError('targets needs one document: targets DOC');
      const rows = await lib.call('documentTargets', { docId: requireDocId(positionals[0]) });
      io.out(rows.map(targetJson), () => rows.map((r) => `[${r.blockId}] ${r.kind === 'target' ? 'target  ' : 'baseline'} ${targetLine(r)}`).join('\n') || '(no targets)');
    },
  },
  {
    name: 'tasks',
    usage: 'tasks DOC',
    summary: 'The numbered tasks of a document with numbering path, title, lead and partner units and deadline',
    async run(lib, positionals, _values, io) {
      if (positionals.length !== 1) throw new UsageError('tasks needs one document: tasks DOC');
      const rows = await lib.call('documentTasks', { docId: requireDocId(positionals[0]) });
      io.out(rows.map(taskJson), () =>
        rows
          .map((r) => {
            const who = [r.lead.length ? `lead: ${r.lead.join('、')}` : '', r.partners.length ? `with: ${r.partners.join('、')}` : '', r.deadline ? `by: ${r.deadline}` : '']
              .filter(Boolean)
              .join('; ');
            return `[${r.blockId}] ${r.path} ${r.title}${who ? `  (${who})` : ''}`;
          })
          .join('\n') || '(no tasks)',
      );
    },
  },
  {
    name: 'table',
    usage: 'table targets|tasks|revisions --doc DOC [--with DOC_B] --format xlsx|docx --out FILE [--all]',
    summary: 'Write a table to Excel or Word: 指标表 (with --with: 指标对照表), 任务分解表, 修订对照表 (DOC → DOC_B; --all keeps unchanged rows)',
    options: { doc: { type: 'string' }, with: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, all: { type: 'boolean' } },
    async run(lib, positionals, values, io) {
      const table = positionals[0];
      if (positionals.length !== 1 || (table !== 'targets' && table !== 'tasks' && table !== 'revisions')) {
        throw new UsageError('table needs one of targets, tasks, revisions: table targets|tasks|revisions --doc DOC …');
      }
      const format = values.format;
      if (format !== 'xlsx' && format !== 'docx') throw new UsageError('--format must be xlsx or docx');
      if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out FILE is required');
      if (values.doc === undefined) throw new UsageError('--doc DOC is required');
      const docId = requireDocId(String(values.doc));
      const withDocId = values.with === undefined ? undefined : requireDocId(String(values.with));
      if (table === 'revisions' && withDocId === undefined) throw new UsageError('table revisions needs --with DOC_B (the revised version)');
      if (table === 'tasks' && withDocId !== undefined) throw new UsageError('table tasks takes one document (no --with)');
      const file = await lib.call('exportTable', { table, docId, withDocId, format, withSame: Boolean(values.all) });
      const bytes = Buffer.from(file.dataBase64, 'base64');
      writeFileAtomic(values.out, bytes);
      const summary = { file: values.out, table, format, rows: file.count, bytes: bytes.length };
      io.out(summary, () => `wrote ${file.count} rows to ${values.out} (${bytes.length} bytes)`);
    },
  },
];
