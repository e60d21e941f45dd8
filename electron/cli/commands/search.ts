import { toErrorInfo } from '../../shared/errors';
import type { SearchHit, SearchResult } from '../../shared/search-types';
import type { CliCommand } from '../command';
import { intOption, requireDocId, UsageError } from '../command';

export const searchCommands: CliCommand[] = [
  {
    name: 'search',
    usage: 'search QUERY [--doc DOC] [--work WORK] [--chapter BLOCK] [--sort relevance|document|date] [--offset N] [--limit N] | search --stdin',
    summary: 'Full-text search (words AND, "phrase", -exclude); with --stdin one query per line, one JSON line each',
    options: {
      doc: { type: 'string' },
      work: { type: 'string' },
      chapter: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      sort: { type: 'string' },
      stdin: { type: 'boolean' },
    },
    async run(lib, positionals, values, io) {
      const scope = {
        docId: values.doc === undefined ? undefined : requireDocId(String(values.doc)),
        workId: values.work === undefined ? undefined : positive('work', String(values.work)),
        chapterId: values.chapter === undefined ? undefined : positive('chapter', String(values.chapter)),
        limit: intOption(values, 'limit'),
        offset: intOption(values, 'offset'),
        sort: sortOption(values.sort),
      };
      const run = (query: string) => lib.call('search', { query, ...scope });
      if (values.stdin) {
        // One answer line per query line: a failing query answers with its error and the stream goes on.
        for await (const line of io.stdin()) {
          if (line.trim() === '') continue;
          let answer: unknown;
          try {
            answer = await run(line);
          } catch (err) {
            const { code, message } = toErrorInfo(err);
            answer = { query: line, error: { code, message } };
          }
          await io.line(JSON.stringify(answer));
        }
        return;
      }
      const query = positionals.join(' ');
      if (!query.trim()) throw new UsageError('search needs a QUERY (or --stdin)');
      const result = await run(query);
      io.out(result, () => humanResult(result));
    },
  },
];

const SORTS = ['relevance', 'document', 'date'] as const;

function sortOption(value: unknown): (typeof SORTS)[number] | undefined {
  if (value === undefined) return undefined;
  const sort = SORTS.find((s) => s === value);
  if (!sort) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}, got: ${String(value)}`);
  return sort;
}

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive integer, got: ${value}`);
  return n;
}

/** Matches shown between 【 】, since a terminal has no highlighting we can rely on. */
function marked(hit: SearchHit): string {
  let out = '';
  let at = 0;
  for (const [s, e] of hit.highlights) {
    out += `${hit.snippet.slice(at, s)}【${hit.snippet.slice(s, e)}】`;
    at = e;
  }
  return out + hit.snippet.slice(at);
}

function humanResult(result: SearchResult): string {
  const titles = new Map(result.docs.map((d) => [d.docId, d]));
  const lines = [`${result.total} matching paragraphs in ${result.docs.length} documents, by ${result.sort} (${result.tookMs} ms)`];
  let lastDoc = -1;
  for (const hit of result.hits) {
    if (hit.docId !== lastDoc) {
      const doc = titles.get(hit.docId);
      lines.push('', `#${hit.docId} ${doc?.title ?? ''}  (${doc?.count ?? 0} paragraphs)`);
      lastDoc = hit.docId;
    }
    const where = hit.path.length > 0 ? `${hit.path.join(' › ')}  ` : '';
    lines.push(`  [${hit.blockId}] ${where}${marked(hit)}`);
  }
  return lines.join('\n');
}
