import type { CliCommand } from '../command';
import { requireDocId, UsageError } from '../command';

export const libraryCommands: CliCommand[] = [
  {
    name: 'import',
    usage: 'import PATH…',
    summary: 'Import files or folders (.txt .md .html .docx .pdf); progress on stderr, one result per file',
    async run(lib, paths, _values, io) {
      if (paths.length === 0) throw new UsageError('import needs at least one PATH');
      // One line per file once it is done, from the core's progress events (each names the file it starts).
      let current: string | null = null;
      const stop = lib.onEvent((e) => {
        if (e.type !== 'progress') return;
        if (current !== null && e.progress.done > 0) io.log(`[${e.progress.done}/${e.progress.total}] ${current}`);
        current = e.progress.running ? e.progress.file : null;
      });
      const results = await lib.call('importPaths', { paths }).finally(stop);
      io.out(results, () =>
        results
          .map((r) =>
            r.ok
              ? `${r.duplicateOf ? 'already in library' : 'imported'}  #${r.docId}  ${r.title}  (${r.file})`
              : `FAILED  ${r.file}: ${r.error?.message}`,
          )
          .join('\n'),
      );
      return results.some((r) => !r.ok) ? 1 : 0;
    },
  },
  {
    name: 'list',
    usage: 'list',
    summary: 'List the documents in the library',
    async run(lib, _p, _v, io) {
      const docs = await lib.call('listDocuments', {});
      io.out(docs, () => docs.map((d) => `#${d.id}\t${d.title}\t${d.source}`).join('\n') || '(library is empty)');
    },
  },
  {
    name: 'toc',
    usage: 'toc DOC',
    summary: "A document's headings in reading order",
    async run(lib, [doc], _v, io) {
      const toc = await lib.call('getToc', { docId: requireDocId(doc) });
      io.out(toc, () => toc.map((h) => `${'  '.repeat(h.level - 1)}${h.title}  [${h.blockId}]`).join('\n'));
    },
  },
  {
    name: 'text',
    usage: 'text DOC',
    summary: "A document's blocks: headings and paragraphs",
    async run(lib, [doc], _v, io) {
      const blocks = await lib.call('getBlocks', { docId: requireDocId(doc) });
      io.out(blocks, () => blocks.map((b) => (b.kind === 'heading' ? `${'#'.repeat(b.level)} ${b.text}` : b.text)).join('\n\n'));
    },
  },
  {
    name: 'meta',
    usage: 'meta DOC [--title T] [--issuer I] [--doc-number N] [--date YYYY-MM-DD]  (an empty value clears a field)',
    summary: "Show or correct a document's title, issuing body, 文号 and date of issue",
    options: { title: { type: 'string' }, issuer: { type: 'string' }, 'doc-number': { type: 'string' }, date: { type: 'string' } },
    async run(lib, [doc], values, io) {
      const docId = requireDocId(doc);
      const orNull = (v: unknown) => (v === undefined ? undefined : String(v).trim() === '' ? null : String(v));
      const patch = {
        title: values.title === undefined ? undefined : String(values.title),
        issuer: orNull(values.issuer),
        docNumber: orNull(values['doc-number']),
        issuedOn: orNull(values.date),
      };
      const changed = Object.values(patch).some((v) => v !== undefined);
      const detail = changed
        ? await lib.call('updateMetadata', { docId, ...patch })
        : await lib.call('getDocument', { docId });
      io.out(detail, () =>
        [
          `title      ${detail.title}`,
          `issuer     ${detail.issuer ?? '—'}`,
          `文号       ${detail.docNumber ?? '—'}`,
          `issued on  ${detail.issuedOn ?? '—'}`,
          `clean-ups  ${detail.cleanups.map((c) => `${c.code}×${c.count}`).join(', ') || '—'}`,
        ].join('\n'),
      );
    },
  },
  {
    name: 'versions',
    usage: 'versions DOC',
    summary: 'The copies of the work a document belongs to, with how complete each one is',
    async run(lib, [doc], _v, io) {
      const v = await lib.call('getVersions', { docId: requireDocId(doc) });
      io.out(v, () =>
        [
          v.workId === null ? 'no other copy of this document in the library' : `work #${v.workId}  ${v.workTitle}`,
          ...v.versions.map((d) => `  #${d.docId}  ${Math.round(d.completeness * 100)}%  ${d.title}`),
        ].join('\n'),
      );
    },
  },
];
