// The body that made a law, regulation or rule, as its own text states it: the note under the title
// (（2007年10月28日第十届全国人民代表大会常务委员会第三十次会议通过 …）), the order that publishes it
// (国务院令 / 交通运输部令 …已经…部务会议审议通过), or the publishing order's 已由…会议于…通过.
//
// The rule, as a legal librarian catalogues it: the issuer is the body that PASSED the text — the first
// 通过 the text states. Later 修正/修订 (by the same body, or by the standing committee for a law the
// full congress passed: 刑法, 民法通则) do not change it; an amendment "根据…会议通过的《…决定》修正"
// is not a passing of this text and is skipped. Only a text that states no 通过 at all is catalogued
// under the body of its first 修订 (a text re-adopted whole), then under the body whose 令 publishes it.
// Approval (批准) by a higher body does not make that body the issuer either (a city's regulation
// approved by the province stays the city's).

const NUMBER = '[一二三四五六七八九十百零〇\\d]+';
const DATE = '(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日';
/** A body's name as the note writes it: no spaces, punctuation or brackets. */
const BODY = '[^\\s，,。；;、：:（()）《》〈〉“”"]{2,60}?';
/** "…第三十次会议", "国务院第94次常务会议", "部务会议", "局务会议", "审判委员会第1770次会议". */
export const MEETING = `第\\s*${NUMBER}\\s*次[\\u4E00-\\u9FFF]{0,4}?会议`;
const START = `(?:${DATE}|已?[由经]|^|[（(\\s])`;

function meetingPattern(verb: string): RegExp {
  return new RegExp(`${START}\\s*(${BODY})${MEETING}(?:于\\s*${DATE})?\\s*(?:审议|讨论)?${verb}(?!的)`, 'mu');
}
const PASSED = meetingPattern('(?:修订)?通过');
const REVISED = meetingPattern('修订');
/**
 * 中华人民共和国国务院令, 交通运输部令, 上海市人民政府令, a joint 交通运输部、公安部令 (not 主席令: the
 * President publishes what the congress passed).
 */
const ORDER = new RegExp(`(?:^|[（(\\s]|${DATE})((?:中华人民共和国)?[\\u4E00-\\u9FFF、]{2,60}?(?:国务院|部|委员会|总局|局|署|银行|人民政府|院))令(?:\\s|第|〔|（|\\(|\\d|$)`, 'mu');
/** A place a title starts with: 湖南省, 长沙市, 广西壮族自治区, 延边朝鲜族自治州. */
const PLACE = /^(?:#+\s*)?([\u4E00-\u9FFF]{1,10}?(?:省|自治区|自治州|市|州|县|区))/u;

/**
 * The institution in "上海市第十五届人民代表大会常务委员会", "2019年12月2日最高人民检察院第十三届检察委员会",
 * "中华人民共和国第十届全国人民代表大会常务委员会", "国家市场监督管理总局2019年".
 */
function institution(raw: string): string | null {
  const named = raw
    .replace(new RegExp(`^(?:${DATE})`), '')
    .replace(/^中华人民共和国(?=.{2,})/, '')
    .replace(new RegExp(`第${NUMBER}届`, 'g'), '')
    .replace(/(?:19|20)\d{2}\s*年度?$/, '')
    .replace(/(?<=.{2,})(?:检察委员会|审判委员会)$/, '')
    .replace(/全国人大常委会$/, '全国人民代表大会常务委员会')
    .replace(/人大常委会$/, '人民代表大会常务委员会')
    .replace(/^(省|市|县|区|州|自治区|自治州)政府$/u, '$1人民政府');
  return named.length >= 2 && !/^\d/.test(named) ? named : null;
}

const HEAD_CHARS = 1200;

/** "省人民政府", "市人大常委会": named by its level only, to be completed from the order or the title. */
const ABBREVIATED = /^(?:省|市|县|区|州|自治区|自治州|本省|本市)(?=人民|政府|人大)/u;

function completed(body: string, order: string | null, title: string): string | null {
  if (!ABBREVIATED.test(body)) return body;
  const level = body.replace(/^本/, '').match(/^(?:自治区|自治州|省|市|县|区|州)/u)![0];
  if (order?.endsWith(body.replace(/^本/, '').slice(level.length))) return order;
  const place = PLACE.exec(title)?.[1];
  return place?.endsWith(level) ? place + body.replace(/^本/, '').slice(level.length) : null;
}

/** The issuing body the text states (see the rule above), or null when it names none. */
export function statedIssuer(lines: readonly string[], title = lines[0] ?? ''): string | null {
  // The note under a title, the order and its 已经…通过 come before the text: the first lines, and
  // no more of them than the longest such note (刑法's, with eleven amendments, is ~1,000 characters; its first 通过 opens it).
  const head = lines.slice(0, 16).join('\n').slice(0, HEAD_CHARS);
  if (!head.includes('会议') && !head.includes('令')) return null;
  const orderRaw = ORDER.exec(head)?.[1];
  const order = orderRaw ? institution(orderRaw) : null;
  for (const pattern of [PASSED, REVISED]) {
    const raw = pattern.exec(head)?.[1];
    const body = raw ? institution(raw) : null;
    if (body) return completed(body, order, title);
  }
  return order;
}

/** A folder named after the body that issued what it holds (部门规章/公安部/…, 国务院/…), not a category (法律, 地方性法规) or a place. */
const BODY_FOLDER = /^(?:[\u4E00-\u9FFF、]{0,30}(?:人民代表大会常务委员会|人民代表大会|人民政府|委员会|办公厅|办公室|国务院|总局|银行|法院|检察院|部|局|署|厅|委))$/u;

/**
 * The issuer a law library's folders state where the text states none: the nearest of the file's two
 * parent folders whose name is an issuing body. A collection sorted by body (部门规章/公安部/…) says
 * who issued each file even when the file itself is only a title and articles.
 */
export function issuerOfFolder(sourcePath: string | null): string | null {
  if (!sourcePath) return null;
  const parts = sourcePath.split(/[\\/]+/).slice(0, -1);
  for (const name of parts.slice(-2).reverse()) {
    if (name.length >= 2 && name.length <= 32 && BODY_FOLDER.test(name)) return name;
  }
  return null;
}
