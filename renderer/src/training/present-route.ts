// The presenter's and the audience's pages: #/present?path=12&role=presenter (notes, next stop, timer,
// the path list) and #/present?path=12&role=audience (the text, large, with highlights). Browser mode
// opens them as two tabs; the desktop app as two windows.

export type PresentRole = 'presenter' | 'audience';

export interface PresentRoute {
  pathId: number;
  role: PresentRole;
}

export function isPresentHash(hash: string): boolean {
  return hash.startsWith('#/present');
}

export function parsePresentHash(hash: string): PresentRoute | null {
  if (!isPresentHash(hash)) return null;
  const params = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
  const pathId = Number(params.get('path'));
  if (!Number.isInteger(pathId) || pathId <= 0) return null;
  return { pathId, role: params.get('role') === 'audience' ? 'audience' : 'presenter' };
}

/** The address of the other screen of the same presentation, in this origin. */
export function presentUrl(pathId: number, role: PresentRole): string {
  return `${window.location.pathname}${window.location.search}#/present?path=${pathId}&role=${role}`;
}

/** Why a screen could not open: a browser may block pop-ups. */
export const SCREEN_BLOCKED = '无法打开新窗口：请允许本页打开弹出窗口后重试。';

/** Open a presentation screen in its own tab or window; false when none opened. */
export function openScreen(pathId: number, role: PresentRole): boolean {
  return window.open(presentUrl(pathId, role), `policy-reader-${role}-${pathId}`) !== null;
}

/** The trainee's page on the room door of `serve --lan`: /follow, where its bare address leads (or #/follow, #/follow?code=…). */
export function isFollowHash(hash: string): boolean {
  return hash.startsWith('#/follow') || window.location.pathname === '/follow';
}

export function codeInFollowHash(hash: string): string | null {
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('code');
}
