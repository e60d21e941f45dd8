// Dates that laws and regulations state about themselves, and the date a file's name often carries
// (`上海市优化营商环境条例(2024-09-27).md`). The body that passed them: law-issuer.ts.
import { MEETING } from './law-issuer';

export interface StatedDates {
  /** 公布 date, else the date it was passed (通过), ISO. */
  issuedOn: string | null;
  /** 施行 date, ISO ("自公布之日起施行": the 公布 date). */
  effectiveOn: string | null;
}

const DATE = '((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
const PUBLISHED = new RegExp(`${DATE}[^。；\\n\\d]{0,20}?(?:公布|发布)`);
const PASSED = new RegExp(`${DATE}\\s*([^\\s，。；、（()]{2,40}?)${MEETING}\\s*(?:审议)?通过`);
const EFFECTIVE = new RegExp(`自${DATE}起(?:施行|实施|生效)`);
const EFFECTIVE_ON_PUBLICATION = /自(?:公布|发布|印发)之日起(?:施行|实施|生效)/;

/** What the head (the note under the title) and the closing articles say about dates. */
export function statedDates(lines: readonly string[]): StatedDates {
  const out: StatedDates = { issuedOn: null, effectiveOn: null };
  const head = lines.slice(0, 12).join('\n');
  const published = PUBLISHED.exec(head);
  const passed = PASSED.exec(head);
  if (published) out.issuedOn = iso(published[1]!, published[2]!, published[3]!);
  else if (passed) out.issuedOn = iso(passed[1]!, passed[2]!, passed[3]!);
  for (const line of [...lines.slice(0, 12), ...lines.slice(-20)]) {
    const effective = EFFECTIVE.exec(line);
    if (effective) {
      out.effectiveOn = iso(effective[1]!, effective[2]!, effective[3]!);
      break;
    }
    if (EFFECTIVE_ON_PUBLICATION.test(line) && out.issuedOn) {
      out.effectiveOn = out.issuedOn;
      break;
    }
  }
  return out;
}

/** A date in a file name: (2024-09-27), _20240927, （2024年9月27日）. */
export function dateInFileName(name: string): string | null {
  const stem = name.replace(/\.[^.]+$/, '');
  const dashed = /(?:^|[^\d])((?:19|20)\d{2})[-.](\d{1,2})[-.](\d{1,2})(?!\d)/.exec(stem);
  if (dashed) return valid(dashed[1]!, dashed[2]!, dashed[3]!);
  const cn = new RegExp(DATE).exec(stem);
  if (cn) return valid(cn[1]!, cn[2]!, cn[3]!);
  const compact = /(?:^|[^\d])((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/.exec(stem);
  return compact ? valid(compact[1]!, compact[2]!, compact[3]!) : null;
}

function valid(y: string, m: string, d: string): string | null {
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? iso(y, m, d) : null;
}
