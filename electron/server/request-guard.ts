import type { IncomingHttpHeaders } from 'node:http';

const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** The host name of a Host header, without the port. */
function hostName(host: string): string {
  return host.replace(/:\d+$/, '').toLowerCase();
}

/**
 * Why a request must be refused, or null if it may proceed.
 * - Host must be a loopback name (defeats DNS rebinding).
 * - A request that names an Origin must come from this very server (defeats cross-site
 *   requests from any web page the user has open); browsers always send Origin on POST.
 * - A browser that says the request is cross-site is believed.
 */
export function refusalReason(headers: IncomingHttpHeaders, isApi: boolean): string | null {
  const host = headers.host ?? '';
  if (!LOCAL_HOSTS.includes(hostName(host))) return 'host';
  if (!isApi) return null;
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${host.toLowerCase()}`) return 'origin';
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'cross-site';
  return null;
}
