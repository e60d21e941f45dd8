import { parseQuery } from '../../shared/search-query';
import { termTokens } from './gram-tokens';

/** A query made ready for the index: one FTS5 expression, and what must still be checked on the text. */
export interface CompiledQuery {
  include: string[];
  exclude: string[];
  /** FTS5 MATCH expression over search_grams. */
  match: string;
  /** Included terms of 3+ characters: the index only says their pairs are all there. */
  verifyInclude: string[];
  /** Excluded terms of 3+ characters: a block holding all their pairs may still not contain them. */
  verifyExclude: string[];
}

const quote = (token: string) => `"${token}"`;

export function compileQuery(query: string): CompiledQuery | null {
  const { include, exclude } = parseQuery(query);
  if (include.length === 0) return null;
  const tokens = new Set<string>();
  const verifyInclude: string[] = [];
  for (const term of include) {
    const t = termTokens(term);
    for (const token of t.tokens) tokens.add(token);
    if (!t.exact) verifyInclude.push(term);
  }
  let match = [...tokens].map(quote).join(' AND ');
  const verifyExclude: string[] = [];
  const excluded: string[] = [];
  for (const term of exclude) {
    const t = termTokens(term);
    if (t.exact) excluded.push(quote(t.tokens[0]!));
    else verifyExclude.push(term);
  }
  if (excluded.length > 0) match = `(${match}) NOT (${excluded.join(' OR ')})`;
  return { include, exclude, match, verifyInclude, verifyExclude };
}

/** Does a normalised text satisfy the parts the index could not decide? */
export function passesVerification(q: CompiledQuery, normalized: string): boolean {
  for (const t of q.verifyInclude) if (!normalized.includes(t)) return false;
  for (const t of q.verifyExclude) if (normalized.includes(t)) return false;
  return true;
}

export const needsVerification = (q: CompiledQuery) => q.verifyInclude.length > 0 || q.verifyExclude.length > 0;

