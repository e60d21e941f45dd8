import { isMethodName } from '../../shared/contract';
import { ReaderError, toErrorInfo } from '../../shared/errors';
import type { ExportToFile } from '../core-api';
import type { Library } from '../open-library';
import type { HostMessage, HostRequest } from './host-messages';

const EXTERNAL_CHECK_MS = 2000;

export interface HostPort {
  postMessage(message: HostMessage): void;
  on(event: 'message', listener: (message: HostRequest) => void): void;
}

/**
 * Serve an open library over a message port: each `{id, method, args}` is answered with
 * `{id, ok, result | error}` (errors keep their code and both languages), and every core event
 * (changes, import progress) is forwarded as it happens. Calls run concurrently, as in one thread:
 * a long import yields between files, so reads are answered while it runs.
 */
export function serveLibrary(lib: Library, port: HostPort, onClosed: () => void): void {
  const unsubscribe = lib.onEvent((event) => port.postMessage({ kind: 'event', event }));
  // Another process (the CLI) may write the same library: notice it in the background.
  const tick = setInterval(() => lib.catchUpExternal(), EXTERNAL_CHECK_MS);
  tick.unref();
  const answer = (id: number, run: () => Promise<unknown>) =>
    run().then(
      (result) => port.postMessage({ kind: 'reply', id, ok: true, result }),
      (err: unknown) => port.postMessage({ kind: 'reply', id, ok: false, error: toErrorInfo(err) }),
    );
  port.on('message', (request) => {
    if (request.kind === 'close') {
      unsubscribe();
      clearInterval(tick);
      lib.close();
      port.postMessage({ kind: 'closed' });
      onClosed();
      return;
    }
    if (request.kind === 'exportToFile') {
      void answer(request.id, () => lib.exportToFile(request.args as ExportToFile));
      return;
    }
    const { method } = request;
    void answer(request.id, async () => {
      if (!isMethodName(method)) throw new ReaderError('unknown_method', `Unknown method ${method}`, `未知的接口 ${method}`);
      return lib.call(method, request.args);
    });
  });
}
