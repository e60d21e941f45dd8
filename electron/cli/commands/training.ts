import fs from 'node:fs';
import { writeFileAtomic } from '../../core/atomic-write';
import type { Library } from '../../core/open-library';
import { MAX_PACK_BYTES } from '../../shared/api/training';
import { ReaderError } from '../../shared/errors';
import type { ReadingPath } from '../../shared/training-types';
import type { CliCommand, CliIo } from '../command';
import { intOption, requireDocId, UsageError } from '../command';

function requireId(value: string | undefined, what: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0) throw new UsageError(`${what} must be a positive integer, got: ${value ?? '(nothing)'}`);
  return n;
}

function offsetOption(values: Record<string, unknown>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number ≥ 0, got: ${String(raw)}`);
  return n;
}

function readPackFile(file: string | undefined): string {
  if (!file) throw new UsageError('a course pack FILE is needed');
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_PACK_BYTES) throw new ReaderError('too_large', `${file} is ${Math.round(size / 1048576)} MB; a course pack is at most ${MAX_PACK_BYTES / 1048576} MB`, '课程包过大');
    return fs.readFileSync(file).toString('base64');
  } catch (err) {
    if (err instanceof ReaderError) throw err;
    throw new UsageError(`Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

function outFile(values: Record<string, unknown>): string {
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out FILE is required');
  return values.out;
}

/** What `path show` prints: the stops as the issue names them, plus where they sit. */
function shownPath(p: ReadingPath) {
  return {
    id: p.id,
    title: p.title,
    stops: p.stops.map((s) => ({
      stopId: s.stopId,
      position: s.position,
      kind: s.kind,
      docId: s.docId,
      blockId: s.blockId,
      title: s.title,
      note: s.note,
      ...(s.startOffset !== null ? { startOffset: s.startOffset, endOffset: s.endOffset } : {}),
      ...(s.place2 ? { doc2Id: s.doc2Id, block2Id: s.block2Id } : {}),
      text: s.place.text,
    })),
  };
}

function humanPath(p: ReadingPath): string {
  const line = (s: ReadingPath['stops'][number]) =>
    `${String(s.position).padStart(3)}. [${s.stopId}] ${s.kind.padEnd(10)} #${s.docId}:${s.blockId}  ${s.title || s.place.text.slice(0, 30)}${s.note ? `  — ${s.note.slice(0, 40)}` : ''}`;
  return [`${p.id}  ${p.title}  (${p.stops.length} stops)`, ...p.stops.map(line)].join('\n');
}

async function pathCommand(lib: Library, [sub, ...rest]: string[], values: Record<string, unknown>, io: CliIo): Promise<void> {
  switch (sub) {
    case 'create': {
      const title = rest.join(' ').trim();
      if (!title) throw new UsageError('path create needs a TITLE');
      const created = await lib.call('createReadingPath', { title });
      io.out({ id: created.id }, () => `created path ${created.id}: ${title}`);
      return;
    }
    case 'add': {
      const pathId = requireId(rest[0], 'PATH_ID');
      const kind = (values.kind as string | undefined) ?? (values.doc2 !== undefined ? 'comparison' : 'passage');
      if (kind !== 'passage' && kind !== 'chapter' && kind !== 'comparison') throw new UsageError('--kind must be passage, chapter or comparison');
      if (values.doc === undefined) throw new UsageError('--doc DOC is required');
      const blockId = intOption(values, 'block');
      if (blockId === undefined) throw new UsageError('--block BLOCK is required');
      const start = offsetOption(values, 'start');
      const end = offsetOption(values, 'end');
      const stop = await lib.call('addReadingStop', {
        pathId,
        kind,
        docId: requireDocId(String(values.doc)),
        blockId,
        ...(start !== undefined ? { startOffset: start } : {}),
        ...(end !== undefined ? { endOffset: end } : {}),
        ...(values.doc2 !== undefined ? { doc2Id: requireDocId(String(values.doc2)) } : {}),
        ...(intOption(values, 'block2') !== undefined ? { block2Id: intOption(values, 'block2') } : {}),
        ...(typeof values.title === 'string' ? { title: values.title } : {}),
        ...(typeof values.note === 'string' ? { note: values.note } : {}),
        ...(intOption(values, 'position') !== undefined ? { position: intOption(values, 'position') } : {}),
      });
      io.out(
        { stopId: stop.stopId, position: stop.position, kind: stop.kind, docId: stop.docId, blockId: stop.blockId, title: stop.title, note: stop.note },
        () => `added stop ${stop.stopId} at ${stop.position}: ${stop.title || stop.place.text.slice(0, 30)}`,
      );
      return;
    }
    case 'list': {
      const list = (await lib.call('listReadingPaths', {})).map((p) => ({ id: p.id, title: p.title, stops: p.stops }));
      io.out(list, () => list.map((p) => `${String(p.id).padStart(4)}  ${p.title}  (${p.stops} stops)`).join('\n') || '(no reading paths)');
      return;
    }
    case 'show': {
      const p = await lib.call('getReadingPath', { pathId: requireId(rest[0], 'PATH_ID') });
      io.out(shownPath(p), () => humanPath(p));
      return;
    }
    case 'move': {
      const p = await lib.call('moveReadingStop', { stopId: requireId(rest[0], 'STOP_ID'), position: requireId(rest[1], 'POSITION') });
      io.out(shownPath(p), () => humanPath(p));
      return;
    }
    case 'remove': {
      const p = await lib.call('removeReadingStop', { stopId: requireId(rest[0], 'STOP_ID') });
      io.out(shownPath(p), () => humanPath(p));
      return;
    }
    case 'rename': {
      const p = await lib.call('renameReadingPath', { pathId: requireId(rest[0], 'PATH_ID'), title: rest.slice(1).join(' ') });
      io.out({ id: p.id, title: p.title, stops: p.stops }, () => `renamed path ${p.id}: ${p.title}`);
      return;
    }
    case 'delete': {
      const r = await lib.call('deleteReadingPath', { pathId: requireId(rest[0], 'PATH_ID') });
      io.out(r, () => `deleted path ${r.deleted}`);
      return;
    }
    default:
      throw new UsageError(`path needs create, add, list, show, move, remove, rename or delete, got: ${sub ?? '(nothing)'}`);
  }
}

async function packCommand(lib: Library, [sub, file]: string[], values: Record<string, unknown>, io: CliIo): Promise<void> {
  switch (sub) {
    case 'create': {
      const paths = ((values.path as string[] | undefined) ?? []).map((p) => requireId(p, '--path'));
      if (paths.length === 0) throw new UsageError('pack create needs --path PATH_ID');
      const out = outFile(values);
      const built = await lib.call('createCoursePack', { pathIds: paths });
      const bytes = Buffer.from(built.dataBase64, 'base64');
      writeFileAtomic(out, bytes);
      io.out({ file: out, bytes: bytes.length, paths: paths.length }, () => `wrote ${out} (${bytes.length} bytes)`);
      return;
    }
    case 'inspect': {
      const r = await lib.call('inspectCoursePack', { dataBase64: readPackFile(file) });
      const summary = { documents: r.documents, annotations: r.annotations, paths: r.paths, bytes: r.bytes, title: r.title, version: r.version };
      io.out(summary, () =>
        [
          `${r.title} (course pack v${r.version}, ${r.bytes} bytes)`,
          ...r.documents.map((d) => `  document  ${d.title} (${d.chars} characters)`),
          `  ${r.annotations} annotations`,
          ...r.paths.map((p) => `  path      ${p.title} (${p.stops} stops)`),
        ].join('\n'),
      );
      return;
    }
    case 'open': {
      const r = await lib.call('openCoursePack', { dataBase64: readPackFile(file) });
      io.out(r, () =>
        [
          ...r.documents.added.map((d) => `added     ${d.docId}  ${d.title}`),
          ...r.documents.present.map((d) => `present   ${d.docId}  ${d.title}`),
          `annotations (trainer layer): added ${r.annotations.added}, updated ${r.annotations.updated}, unchanged ${r.annotations.unchanged}, removed ${r.annotations.removed}`,
          ...r.paths.added.map((p) => `path added    ${p.id}  ${p.title}`),
          ...r.paths.updated.map((p) => `path updated  ${p.id}  ${p.title}`),
        ].join('\n'),
      );
      return;
    }
    default:
      throw new UsageError(`pack needs create, inspect or open, got: ${sub ?? '(nothing)'}`);
  }
}

export const trainingCommands: CliCommand[] = [
  {
    name: 'path',
    usage:
      'path create TITLE | path add PATH_ID --doc DOC --block BLOCK [--kind passage|chapter|comparison] [--start S --end E] [--doc2 DOC --block2 B] [--title T] [--note T] [--position N] | path list | path show PATH_ID | path move STOP_ID POSITION | path remove STOP_ID | path rename PATH_ID TITLE | path delete PATH_ID',
    summary: 'Reading paths for training: ordered stops with titles and presenter notes',
    options: {
      doc: { type: 'string' },
      block: { type: 'string' },
      kind: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      doc2: { type: 'string' },
      block2: { type: 'string' },
      title: { type: 'string' },
      note: { type: 'string' },
      position: { type: 'string' },
    },
    run: (lib, positionals, values, io) => pathCommand(lib, positionals, values, io),
  },
  {
    name: 'pack',
    usage: 'pack create --path PATH_ID [--path …] --out FILE.prpack | pack inspect FILE | pack open FILE',
    summary: 'Course packs: documents, trainer annotations and reading paths in one file for offline trainees',
    options: { path: { type: 'string', multiple: true }, out: { type: 'string' } },
    run: (lib, positionals, values, io) => packCommand(lib, positionals, values, io),
  },
  {
    name: 'handout',
    usage: 'handout PATH_ID --out FILE.docx [--no-notes]',
    summary: 'A reading path as a Word handout: passages with citations, trainer notes, lines for notes',
    options: { out: { type: 'string' }, 'no-notes': { type: 'boolean' } },
    async run(lib, [pathId], values, io) {
      const out = outFile(values);
      const file = await lib.call('exportHandout', { pathId: requireId(pathId, 'PATH_ID'), includeNotes: !values['no-notes'] });
      const bytes = Buffer.from(file.dataBase64, 'base64');
      writeFileAtomic(out, bytes);
      io.out({ file: out, bytes: bytes.length, stops: file.count }, () => `wrote ${out}: ${file.count} stops (${bytes.length} bytes)`);
    },
  },
];
