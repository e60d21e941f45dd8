import type { ParsedBlock } from './parse-structure';
import { dateInFileName, statedDates } from './law-dates';
import { statedIssuer } from './law-issuer';
import { DOC_NUMBER } from './structure/heading-patterns';

export interface DocumentMetadata {
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  /** ISO date (yyyy-mm-dd), or a year when only that is known. */
  issuedOn: string | null;
  /** When it takes effect (施行), ISO, where the text says. */
  effectiveOn: string | null;
}

const CN_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const ISO_DATE = /((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})/;
const ISSUER_END = /(人民政府|人民代表大会常务委员会|常务委员会|委员会|办公厅|办公室|政府|国务院|中共[\u4E00-\u9FFF]{1,10}委|党委|省委|市委|县委|部|厅|局|署|院|委|会|中心|集团)$/;

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function dateOf(line: string): string | null {
  const cn = CN_DATE.exec(line);
  if (cn) return iso(cn[1]!, cn[2]!, cn[3]!);
  const d = ISO_DATE.exec(line);
  return d ? iso(d[1]!, d[2]!, d[3]!) : null;
}

function clean(line: string): string {
  return line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/**
 * Read the title, issuing body, document number (文号) and date of issue from the text where present:
 * the title heading, the 文号 line under it, and the signature (issuer over date) that closes a notice.
 */
export function extractMetadata(original: string, blocks: ParsedBlock[], fileName = ''): DocumentMetadata {
  const lines = original.split(/\r\n|\r|\n/).map(clean).filter(Boolean);
  const head = lines.slice(0, 80);
  const first = blocks[0];
  let title = first?.kind === 'heading' && first.level === 1 ? first.text : null;
  // A notice that issues a plan (关于印发《X》的通知) with the plan itself below it: the reader is after the plan.
  const issued = title ? /关于(?:印发|转发|发布|公布)《([^》]+)》的(?:通知|决定)/.exec(title)?.[1] : undefined;
  if (issued && blocks.some((b) => b.kind === 'heading' && b.level === 1 && b.text === issued)) title = issued;

  const docNumber =
    head
      .filter((l) => l.includes('号'))
      .map((l) => DOC_NUMBER.exec(l)?.[0].replace(/\s+/g, '') ?? null)
      .find(Boolean) ?? null;

  let issuer: string | null = null;
  let issuedOn: string | null = null;
  // The signature: an issuing body on its own line, the date on the next.
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    const line = lines[i]!;
    if (!/^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(line)) continue;
    const prev = lines[i - 1]!;
    if (prev.length <= 40 && ISSUER_END.test(prev) && !/[。，；：]/.test(prev)) {
      issuer = prev;
      issuedOn = dateOf(line);
      break;
    }
  }
  if (!issuedOn) {
    const labelled = head.find((l) => /^(成文日期|发文日期|印发日期|发布日期|发布时间)\s*[:：]/.test(l));
    if (labelled) issuedOn = dateOf(labelled);
  }
  // A law or regulation: the note under its title (通过/公布) and its closing article (施行).
  const stated = statedDates(lines);
  issuedOn ??= stated.issuedOn ?? dateInFileName(fileName);
  issuer ??= statedIssuer(lines, title ?? lines[0]);
  if (!issuer && first?.kind === 'heading') {
    const m = /^(.{2,40}?)关于/.exec(first.text);
    if (m && ISSUER_END.test(m[1]!)) issuer = m[1]!;
  }
  return { title, issuer, docNumber, issuedOn, effectiveOn: stated.effectiveOn };
}
