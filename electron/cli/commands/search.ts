import { dispatch } from '../../core/dispatch';
import type { Library } from '../../core/open-library';
import type { CliCommand } from '../command';
import { intOption, requireDocId, UsageError } from '../command';

export const searchCommands: CliCommand[] = [
  {
    name: 'search',
    usage: 'search QUERY [--doc DOC] [--limit N] | search --stdin',
    summary: 'Full-text search; with --stdin one query per line, one JSON object per line',
    options: { doc: { type: 'string' }, limit: { type: 'string' }, stdin: { type: 'boolean' } },
    async run(lib, positionals, values, io) {
      const docId = values.doc === undefined ? undefined : requireDocId(String(values.doc));
      const limit = intOption(values, 'limit');
      const run = (query: string) => dispatch(lib.handlers, 'search', { query, docId, limit });
      if (values.stdin) {
        for await (const line of io.stdin()) {
          if (line.trim() === '') continue;
          process.stdout.write(`${JSON.stringify(await run(line))}\n`);
        }
        return;
      }
      const query = positionals.join(' ');
      if (!query.trim()) throw new UsageError('search needs a QUERY (or --stdin)');
      const result = await run(query);
      io.out(result, () => humanResult(lib, result));
    },
  },
];

function humanResult(lib: Library, result: Awaited<ReturnType<Library['handlers']['search']>>): string {
  const titles = new Map(
    (lib.db.prepare('SELECT id, title FROM documents').all() as { id: number; title: string }[]).map((d) => [d.id, d.title]),
  );
  const lines = result.hits.map((h) => `#${h.docId} ${titles.get(h.docId) ?? ''} [${h.blockId}]  ${h.snippet}`);
  return [`${result.total} matching paragraphs (${result.tookMs} ms)`, ...lines].join('\n');
}
