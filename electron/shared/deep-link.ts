/**
 * Links that open the desktop app at a paragraph, from any other program (a Word briefing, a
 * chat message): `policy-reader://open/doc/12/block/345`, or `policy-reader://open/doc/12` for
 * a whole document. The operating system hands the link to the app on the command line or,
 * on macOS, as an event; everything arriving that way is untrusted text, so the parser accepts
 * exactly these shapes and nothing else (no query, no credentials, no other host, no encoding).
 * Plain TypeScript: main, the renderer and the tests share it.
 */

export const DEEP_LINK_SCHEME = 'policy-reader';

export interface DeepLink {
  docId: number;
  blockId?: number;
}

/** Longer than any link we produce by far; a guard against absurd arguments. */
const MAX_LENGTH = 200;

/**
 * `#/` is accepted after `open/` because earlier versions copied `policy-reader://open/#/doc/…`;
 * one trailing slash because Windows appends one to some protocol arguments.
 */
const LINK = /^policy-reader:\/\/open\/(?:#\/)?doc\/([1-9][0-9]{0,15})(?:\/block\/([1-9][0-9]{0,15}))?\/?$/i;

function positiveId(digits: string | undefined): number | undefined {
  if (digits === undefined) return undefined;
  const id = Number(digits);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** The document and paragraph a link names, or null for anything that is not exactly such a link. */
export function parseDeepLink(text: unknown): DeepLink | null {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return null;
  const match = LINK.exec(text);
  if (!match) return null;
  const docId = positiveId(match[1]);
  if (docId === undefined) return null;
  if (match[2] === undefined) return { docId };
  const blockId = positiveId(match[2]);
  return blockId === undefined ? null : { docId, blockId };
}

/** The link for a document, or for one of its paragraphs. */
export function formatDeepLink(docId: number, blockId?: number | null): string {
  if (!Number.isSafeInteger(docId) || docId <= 0) throw new RangeError(`Invalid document id ${docId}`);
  if (blockId === undefined || blockId === null) return `${DEEP_LINK_SCHEME}://open/doc/${docId}`;
  if (!Number.isSafeInteger(blockId) || blockId <= 0) throw new RangeError(`Invalid paragraph id ${blockId}`);
  return `${DEEP_LINK_SCHEME}://open/doc/${docId}/block/${blockId}`;
}

/**
 * The app's own address for the same place (`#/doc/12/block/345`): the renderer opens it on load
 * and on hash change, in browser mode and in the desktop app alike.
 */
export function deepLinkHash(link: DeepLink): string {
  return link.blockId ? `#/doc/${link.docId}/block/${link.blockId}` : `#/doc/${link.docId}`;
}

/**
 * The link on a command line (the system passes it when a link is clicked elsewhere, on the
 * first launch and on a second one), or null. Only an argument that starts with the scheme is
 * looked at; an invalid one is ignored like any other unknown argument.
 */
export function deepLinkInArgv(argv: readonly string[]): DeepLink | null {
  for (const arg of argv) {
    if (!arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) continue;
    const link = parseDeepLink(arg);
    if (link) return link;
  }
  return null;
}
