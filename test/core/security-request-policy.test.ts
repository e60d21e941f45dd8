import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, checkRequest, isAppOrigin, isPermissionAllowed } from '../../electron/main/request-policy';

const packaged = {};
const dev = { devServerUrl: 'http://localhost:5173/' };

describe('request policy (Electron session filter)', () => {
  it("allows the app's own files, in-page data and the developer tools", () => {
    for (const url of [
      `${APP_ORIGIN}/index.html`,
      `${APP_ORIGIN}/assets/index-abc123.js`,
      'data:image/png;base64,iVBORw0KGgo=',
      `blob:${APP_ORIGIN}/0b7c2c36-0d43-4f5e-9d55-6a1b1c0e6f1e`,
      'devtools://devtools/bundled/devtools_app.html',
    ]) {
      expect(checkRequest(url, packaged), url).toMatchObject({ allow: true });
    }
  });

  it('blocks every network request, whatever the scheme or address', () => {
    for (const url of [
      'https://www.gov.cn/zhengce/content/2022-03/01/content_5676232.htm',
      'http://127.0.0.1:5178/api/listDocuments',
      'http://localhost:5173/',
      'http://[::1]/',
      'ws://localhost:5173/',
      'wss://example.com/socket',
      'ftp://ftp.example.com/file.txt',
      'https://fonts.googleapis.com/css2?family=Noto+Sans+SC',
      'http://update.example.com/latest.yml',
    ]) {
      const decision = checkRequest(url, packaged);
      expect(decision.allow, url).toBe(false);
      expect(decision.reason).not.toBe('');
    }
  });

  it('blocks local files outside the app and other app hosts', () => {
    expect(checkRequest('file:///etc/passwd', packaged).allow).toBe(false);
    expect(checkRequest('file:///C:/Users/x/Documents/plan.docx', packaged).allow).toBe(false);
    expect(checkRequest('app://evil/index.html', packaged).allow).toBe(false);
    expect(checkRequest('blob:https://example.com/0b7c2c36', packaged).allow).toBe(false);
    expect(checkRequest('chrome://settings', packaged).allow).toBe(false);
    expect(checkRequest('javascript:alert(1)', packaged).allow).toBe(false);
    expect(checkRequest('not a url', packaged).allow).toBe(false);
  });

  it('allows the dev server only in development, and only that origin', () => {
    expect(checkRequest('http://localhost:5173/src/main.tsx', dev).allow).toBe(true);
    expect(checkRequest('ws://localhost:5173/?token=x', dev).allow).toBe(true);
    expect(checkRequest('http://localhost:5174/', dev).allow).toBe(false);
    expect(checkRequest('https://localhost:5173/', dev).allow).toBe(false);
    expect(checkRequest('http://localhost:5173/src/main.tsx', packaged).allow).toBe(false);
  });
});

describe('app origin and permissions', () => {
  it("recognises only the app's own pages", () => {
    expect(isAppOrigin(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppOrigin('app://other/index.html')).toBe(false);
    expect(isAppOrigin('file:///work/out/renderer/index.html')).toBe(false);
    expect(isAppOrigin('https://example.com/')).toBe(false);
    expect(isAppOrigin('http://localhost:5173/', dev)).toBe(true);
    expect(isAppOrigin('ws://localhost:5173/', dev)).toBe(false);
  });

  it('grants clipboard writing and full screen to the app page only; denies everything else', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', `${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isPermissionAllowed('fullscreen', `${APP_ORIGIN}/`)).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'https://example.com/')).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'midi', 'pointerLock', 'hid', 'serial', 'usb']) {
      expect(isPermissionAllowed(p, `${APP_ORIGIN}/index.html`), p).toBe(false);
    }
  });
});
