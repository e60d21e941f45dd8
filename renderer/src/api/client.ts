import type { ArgsIn, MethodName, ReaderApi, Result } from '../../../electron/shared/contract';
import type { CoreEvent } from '../../../electron/shared/core-events';
import type { ErrorInfo } from '../../../electron/shared/types';

type Envelope<T> = { ok: true; result: T } | { ok: false; error: ErrorInfo };
/** `window.reader` from the Electron preload: one entry point, main answers each contract method. */
type Bridge = { call(name: string, args: unknown): Promise<Envelope<unknown>> };

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    reader?: Bridge;
  }
}

/** An API failure, with the message in Chinese for the user. */
export class ApiError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.messageZh);
  }
}

export const isDesktop = typeof window !== 'undefined' && window.reader !== undefined;

// Browser mode's secret (see electron/server/access-token.ts). `serve` prints the address with
// `?token=…`; the page takes it from there, removes it from the address bar (so it is not copied into
// links, bookmarks or screenshots) and keeps it in this origin's localStorage: a reload, and a copied
// paragraph link opened in another tab of the same browser, keep working. Only this browser profile
// (the same system account) can read it, web pages of other origins cannot, and it is worthless once
// `serve` restarts with a new one.
const TOKEN_KEY = 'policy-reader-token';
const TOKEN_HEADER = 'x-policy-reader-token';

function takeToken(): string | null {
  if (typeof window === 'undefined' || window.reader) return null;
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    localStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return localStorage.getItem(TOKEN_KEY);
}

const token = takeToken();

/** An API address that carries the secret in its query, for EventSource (which cannot send headers). */
export function tokenQueryUrl(path: string): string {
  return token ? `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}` : path;
}

async function overHttp(name: string, args: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
      body: JSON.stringify(args ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'unreachable', message: 'Server unreachable', messageZh: '无法连接到阅读器服务' } };
  }
  return (await response.json()) as Envelope<unknown>;
}

async function call<M extends MethodName>(name: M, args: ArgsIn<M>): Promise<Result<M>> {
  const envelope = window.reader ? await window.reader.call(name, args) : await overHttp(name, args);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.result as Result<M>;
}

/** The reader's API, the same in Electron (window.reader) and in browser mode (HTTP). */
export const api = new Proxy({} as ReaderApi, {
  get: (_target, name: string) => (args: unknown) => call(name as MethodName, args as never),
});

const eventListeners = new Set<(event: CoreEvent) => void>();
let eventSource: { close(): void } | null = null;

function deliver(event: CoreEvent): void {
  for (const listener of eventListeners) listener(event);
}

/** Start listening to the core once: IPC in the desktop app, Server-Sent Events in browser mode. */
function connectEvents(): { close(): void } {
  if (window.readerDesktop) return { close: window.readerDesktop.onCoreEvent(deliver) };
  const source = new EventSource(tokenQueryUrl('/api/events'));
  source.onmessage = (message: MessageEvent<string>) => deliver(JSON.parse(message.data) as CoreEvent);
  return source;
}

/**
 * The core's events as they happen: a change after every mutating call (from this window or any
 * other door), and import progress. Returns the unsubscribe function.
 */
export function onCoreEvent(listener: (event: CoreEvent) => void): () => void {
  eventListeners.add(listener);
  eventSource ??= connectEvents();
  return () => {
    eventListeners.delete(listener);
    if (eventListeners.size === 0) {
      eventSource?.close();
      eventSource = null;
    }
  };
}
