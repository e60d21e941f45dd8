import fs from 'node:fs';
import type { Library } from '../../core/open-library';
import { ANNOTATION_COLORS, type Annotation, type AnnotationColor, type AnnotationFilter } from '../../shared/annotation-types';
import type { CliCommand } from '../command';
import { requireDocId, UsageError } from '../command';

function nonNegative(values: Record<string, unknown>, name: string, required: boolean): number | undefined {
  const raw = values[name];
  if (raw === undefined) {
    if (required) throw new UsageError(`--${name} is required`);
    return undefined;
  }
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number ≥ 0, got: ${String(raw)}`);
  return n;
}

/** A colour by its name (yellow…) or by what the user made it mean (重点…). */
async function resolveColor(lib: Library, raw: string): Promise<AnnotationColor> {
  if ((ANNOTATION_COLORS as readonly string[]).includes(raw)) return raw as AnnotationColor;
  const byMeaning = (await lib.call('getAnnotationColors', {})).find((c) => c.meaning === raw);
  if (byMeaning) return byMeaning.color;
  throw new UsageError(`--color must be one of ${ANNOTATION_COLORS.join(', ')} or a colour meaning such as 重点, got: ${raw}`);
}

async function filterFrom(lib: Library, values: Record<string, unknown>): Promise<AnnotationFilter> {
  const colors = (values.color as string[] | undefined) ?? [];
  const tags = (values.tag as string[] | undefined) ?? [];
  return {
    ...(values.doc !== undefined ? { docId: requireDocId(String(values.doc)) } : {}),
    ...(colors.length > 0 ? { colors: await Promise.all(colors.map((c) => resolveColor(lib, c))) } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...(typeof values.text === 'string' ? { text: values.text } : {}),
  };
}

function humanAnnotation(a: Annotation): string {
  const where = a.status === 'detached' ? '(detached)' : `#${a.docId} [${a.start!.blockId}:${a.start!.offset}–${a.end!.blockId}:${a.end!.offset}]`;
  const quote = a.quote.length > 60 ? `${a.quote.slice(0, 60).replace(/\n/g, ' ')}…` : a.quote.replace(/\n/g, ' ');
  const extra = [a.note && `— ${a.note}`, a.tags.length > 0 && a.tags.map((t) => `#${t}`).join(' ')].filter(Boolean).join(' ');
  return `${a.uuid.slice(0, 8)} ${a.color.padEnd(6)} ${where} ${quote}${extra ? `  ${extra}` : ''}`;
}

const FILTER_OPTIONS = {
  doc: { type: 'string' },
  color: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  text: { type: 'string' },
} as const;

export const annotationCommands: CliCommand[] = [
  {
    name: 'annotate',
    usage: 'annotate DOC --block B --start S --end E [--end-block B2] [--color C] [--underline] [--note TEXT] [--tag T]…',
    summary: 'Highlight text of a block (or from --block to --end-block) with colour, note and tags',
    options: {
      block: { type: 'string' },
      'end-block': { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      color: { type: 'string' },
      underline: { type: 'boolean' },
      note: { type: 'string' },
      tag: { type: 'string', multiple: true },
    },
    async run(lib, [doc], values, io) {
      const docId = requireDocId(doc);
      const block = nonNegative(values, 'block', true)!;
      const endBlock = nonNegative(values, 'end-block', false) ?? block;
      const annotation = await lib.call('createAnnotation', {
        docId,
        start: { blockId: block, offset: nonNegative(values, 'start', true)! },
        end: { blockId: endBlock, offset: nonNegative(values, 'end', true)! },
        ...(typeof values.color === 'string' ? { color: await resolveColor(lib, values.color) } : {}),
        ...(values.underline ? { style: 'underline' as const } : {}),
        ...(typeof values.note === 'string' ? { note: values.note } : {}),
        ...(values.tag ? { tags: values.tag as string[] } : {}),
      });
      io.out(annotation, () => `annotated  ${humanAnnotation(annotation)}`);
    },
  },
  {
    name: 'annotations',
    usage: 'annotations [--doc DOC] [--color C]… [--tag T]… [--text Q]',
    summary: 'List annotations in reading order (detached ones last)',
    options: FILTER_OPTIONS,
    async run(lib, _p, values, io) {
      const list = await lib.call('listAnnotations', await filterFrom(lib, values));
      io.out(list, () => list.map(humanAnnotation).join('\n') || '(no annotations)');
    },
  },
  {
    name: 'export',
    usage: 'export --format docx|md|json --out FILE [--doc DOC] [--color C]… [--tag T]… [--layout excerpts|sections] [--title TEXT] [--toc]',
    summary:
      'Export annotated excerpts to Word or Markdown, or an annotation pack (JSON). ' +
      '--title TEXT: the title page\'s title (docx, md; default 政策文件批注摘编). ' +
      '--toc: a table of contents after the title page (docx; Word fills it in on opening)',
    options: { ...FILTER_OPTIONS, format: { type: 'string' }, out: { type: 'string' }, layout: { type: 'string' }, title: { type: 'string' }, toc: { type: 'boolean' } },
    async run(lib, _p, values, io) {
      const format = values.format;
      if (format !== 'docx' && format !== 'md' && format !== 'json') throw new UsageError('--format must be docx, md or json');
      if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out FILE is required');
      const layout = values.layout ?? 'excerpts';
      if (layout !== 'excerpts' && layout !== 'sections') throw new UsageError('--layout must be excerpts or sections');
      const title = typeof values.title === 'string' ? values.title.trim() : undefined;
      if (title !== undefined && (format === 'json' || title === '')) throw new UsageError('--title needs a text and applies to --format docx or md');
      if (values.toc && format !== 'docx') throw new UsageError('--toc applies to --format docx only');
      // The core builds the file and writes it atomically where asked.
      const written = await lib.exportToFile({
        format,
        layout,
        filter: await filterFrom(lib, values),
        path: values.out,
        ...(title ? { title } : {}),
        ...(values.toc ? { toc: true } : {}),
      });
      if (written.count === 0) io.log('warning: no annotation matches; the file says so');
      const summary = { file: values.out, format, count: written.count, bytes: written.bytes };
      io.out(summary, () => `exported ${written.count} annotations to ${values.out} (${written.bytes} bytes)`);
    },
  },
  {
    name: 'import-annotations',
    usage: 'import-annotations FILE',
    summary: 'Merge an annotation pack exported by another copy of the app',
    async run(lib, [file], _v, io) {
      if (!file) throw new UsageError('import-annotations needs a FILE');
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (err) {
        throw new UsageError(`Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      const result = await lib.call('importAnnotationPack', { pack: text });
      io.out(result, () =>
        [
          `added ${result.added}, updated ${result.updated}, unchanged ${result.unchanged}, detached ${result.detached}`,
          ...result.missingDocuments.map((t) => `not in this library (kept, attach when imported): ${t}`),
        ].join('\n'),
      );
    },
  },
  {
    name: 'reanchor-annotations',
    usage: 'reanchor-annotations FROM_DOC TO_DOC',
    summary: 'Move annotations to a new edition of a document (or re-check one document) and re-attach them',
    async run(lib, [from, to], _v, io) {
      const report = await lib.call('reanchorAnnotations', { fromDocId: requireDocId(from), toDocId: requireDocId(to ?? from) });
      io.out(report, () => `${report.total} annotations: ${report.exact} exact, ${report.fuzzy} fuzzy, ${report.detached} detached (kept)`);
    },
  },
];
