import crypto from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The header every API call of browser mode carries the secret in. */
export const TOKEN_HEADER = 'x-policy-reader-token';
/** Only the event stream (EventSource cannot send headers) may carry the secret in its address instead. */
export const TOKEN_IN_QUERY_PATHS = ['/api/events'];

/** A fresh secret for one run of `serve`: 192 random bits. */
export function newAccessToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** Does this API request carry the server's secret? */
export function hasAccessToken(token: string, headers: IncomingHttpHeaders, url: URL): boolean {
  const sent = headers[TOKEN_HEADER];
  if (typeof sent === 'string' && same(sent, token)) return true;
  const inQuery = url.searchParams.get('token');
  return TOKEN_IN_QUERY_PATHS.includes(url.pathname) && inQuery !== null && same(inQuery, token);
}
