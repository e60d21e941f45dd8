import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../shared/security-policy';
import { contentTypeOf, resolveStaticFile } from '../core/app-files';
import { APP_HOST, APP_SCHEME } from './request-policy';

/**
 * The app's pages come from app://reader/, not file://: a custom scheme gives the page a real
 * origin, lets us send the CSP as a header, and serves only files inside the built renderer.
 * Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // corsEnabled lets Chromium load the page's module scripts (fetched in CORS mode) from this scheme;
    // no response carries Access-Control-Allow-Origin, so no other origin can read our files.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

/** Serve app://reader/<path> from rendererDir (after app ready). */
export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST && request.method === 'GET' ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    const body = await fs.readFile(file);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': contentTypeOf(file) } });
  });
}

export function appPageUrl(): string {
  return `${APP_SCHEME}://${APP_HOST}/index.html`;
}
