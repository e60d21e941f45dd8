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

/** The trainee's page on the room door of `serve --lan`: #/follow (the join code typed, or #/follow?code=…). */
export function isFollowHash(hash: string): boolean {
  return hash.startsWith('#/follow');
}

export function codeInFollowHash(hash: string): string | null {
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('code');
}
