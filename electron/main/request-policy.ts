// Plain functions (no electron import) so the policy is unit-tested without Electron.

/** The app's own pages are served from app://reader/ (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'reader';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export interface RequestPolicyOptions {
  /** electron-vite's dev server (ELECTRON_RENDERER_URL) in development; undefined when packaged. */
  devServerUrl?: string;
}

export interface RequestDecision {
  allow: boolean;
  reason: string;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** scheme://host[:port]; URL.origin is "null" for non-special schemes such as app:. */
function originOf(u: URL): string {
  return `${u.protocol}//${u.host}`;
}

function devServerOrigins(devServerUrl: string | undefined): string[] {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  if (!dev) return [];
  // Vite's hot reload talks to the same host over a WebSocket.
  const ws = new URL(dev.href);
  ws.protocol = dev.protocol === 'https:' ? 'wss:' : 'ws:';
  return [originOf(dev), originOf(ws)];
}

/**
 * Whether a request may leave the renderer. The app makes no network request: only its own
 * files (app://reader/), in-page data (data:, blob:), the developer tools and, in development
 * only, the local dev server are allowed. Everything else — http(s), ws, ftp, file:// — is refused.
 */
export function checkRequest(url: string, options: RequestPolicyOptions = {}): RequestDecision {
  const u = parse(url);
  if (!u) return { allow: false, reason: 'unparsable URL' };
  switch (u.protocol) {
    case `${APP_SCHEME}:`:
      return u.host === APP_HOST ? { allow: true, reason: 'app file' } : { allow: false, reason: `unknown app host ${u.host}` };
    case 'data:':
      return { allow: true, reason: 'inline data' };
    case 'blob:': {
      // blob:app://reader/<uuid> — only blobs the page itself created.
      const inner = parse(u.pathname);
      const origin = inner ? originOf(inner) : 'null';
      return origin === APP_ORIGIN || devServerOrigins(options.devServerUrl).includes(origin)
        ? { allow: true, reason: 'page blob' }
        : { allow: false, reason: `blob from ${origin}` };
    }
    case 'devtools:':
      return { allow: true, reason: 'developer tools' };
    case 'http:':
    case 'https:':
    case 'ws:':
    case 'wss:':
      return devServerOrigins(options.devServerUrl).includes(originOf(u))
        ? { allow: true, reason: 'development server' }
        : { allow: false, reason: 'network request' };
    default:
      return { allow: false, reason: `${u.protocol} is not used by the app` };
  }
}

/** The origin the app's pages have: app://reader, or the dev server's in development. */
export function isAppOrigin(url: string, options: RequestPolicyOptions = {}): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST;
  return devServerOrigins(options.devServerUrl).slice(0, 1).includes(originOf(u));
}

/** Permissions the app's own page may use; everything else (camera, notifications, …) is denied. */
const GRANTED_PERMISSIONS = new Set(['clipboard-sanitized-write', 'fullscreen']);

export function isPermissionAllowed(permission: string, requestingUrl: string, options: RequestPolicyOptions = {}): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppOrigin(requestingUrl, options);
}
