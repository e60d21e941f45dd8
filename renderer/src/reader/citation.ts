import { deepLinkHash, formatDeepLink, parseDeepLink } from '../../../electron/shared/deep-link';
import { citation } from '../../../electron/shared/citation';
import type { DocumentDetail } from '../../../electron/shared/types';
import { chapterPath, type DocumentModel } from './document-model';

/** A paragraph with its source, in the exports' citation style: the text, then ——《title》（文号），issuer，date，chapter path. */
export function citationFor(detail: DocumentDetail, model: DocumentModel, index: number): string {
  const block = model.blocks[index]!;
  const path = chapterPath(model, index)
    // The block itself and a heading that only repeats the title add nothing to the reference.
    .filter((h) => h.blockId !== block.blockId && h.text !== detail.title)
    .map((h) => h.text);
  return `${block.text}\n——${citation({ ...detail, docId: detail.id }, path)}`;
}

/** The in-app address of a block; the app opens it on load and on hash change. */
export function blockHash(docId: number, blockId?: number | null): string {
  return deepLinkHash({ docId, blockId: blockId ?? undefined });
}

/**
 * A link to paste elsewhere: in browser mode the full address, in the desktop app a
 * policy-reader:// link, which the system hands to the app from any other program.
 */
export function blockLink(docId: number, blockId: number): string {
  const { protocol, origin, pathname } = window.location;
  if (protocol === 'http:' || protocol === 'https:') return `${origin}${pathname}${blockHash(docId, blockId)}`;
  return formatDeepLink(docId, blockId);
}

/** A reader link pasted as text (a full address, a policy-reader:// link or a bare hash), or null. */
export function parseReaderLink(text: string): { docId: number; blockId?: number } | null {
  const trimmed = text.trim();
  const deepLink = parseDeepLink(trimmed);
  if (deepLink) return deepLink;
  const match = /#\/doc\/\d+(?:\/block\/\d+)?\/?(?=\s|$)/.exec(trimmed);
  return match ? parseBlockHash(match[0]) : null;
}

export function parseBlockHash(hash: string): { docId: number; blockId?: number } | null {
  const match = /^#\/doc\/(\d+)(?:\/block\/(\d+))?\/?$/.exec(hash);
  if (!match) return null;
  return { docId: Number(match[1]), blockId: match[2] ? Number(match[2]) : undefined };
}

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Older Electron or a page without clipboard permission: fall back to a hidden textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('复制失败：系统剪贴板不可用');
  }
}
