// The name of the thing measured, read from the words before a value (or after it: 形成3个世界级产业集群).

/** Verbs between the indicator and a level it reaches: 达到, 突破, 保持在, 提高到 … (and the comparator words). */
const LEVEL_VERB =
  /(?:不低于|不少于|不小于|不超过|不高于|不大于|至少|突破|超过|高于|大于|多于|低于|少于|小于|不足|大约|接近|将近|约|近|超|逾|达到|达|实现|保持在|保持|稳定在|控制在|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增至|降低到|降低至|下降到|下降至|降至|降到|减少到|减少至|升至|升到|提到|扩大到|扩大至|缩小到|缩小至|缩短到|缩短至|占到|分别|拟按|拟|按|为|是|在|到|至)+$/u;

/** A change rather than a level: 年均增长7%, 较2019年下降10%. */
const CHANGE = /(?:(?:较|比)(?:(?:19|20)\d\d年|上年|基期)?(?:末|底)?)?((?:年均|平均|累计|净)?(?:下降|降低|减少|增长|提高|提升|增加|上升|缩短|缩小|扩大))$/u;

/** Verbs whose object names what is counted: 形成3个世界级产业集群, 培育10个左右单项冠军. */
const COUNTING_VERB = /(?:形成|培育|建成|建设|打造|新增|引进|创建|组建|新建|认定|争创|建立|完成|推出|开通|培养|引育|吸引|布局|新开|开工|实施|设立|创成|推进|用好|开展|培训|资助|帮扶|发放|下达)$/u;

/** Words in front of a name that are not part of it. */
const LEADING = /^(?:[、和及与，,；;]|[一二三四五六七八九十]是|以及|并且|并|其中|同时|届时|全国|全年|全省|全市|全区|全县|确保|力争|争取|预计|使|让|推动|实现|基本|要|将|主要指标|(?:到|至|截至)?(?:19|20|21)\d\d年(?:底|末)?(?:前)?|由|从|\s)+/u;

const QUOTES = /[“”"‘’「」『』]/gu;
const TOO_LONG = 24;

export interface NameParts {
  /** The name before the value (before the counting verb, if any), cleaned; '' when none. */
  subject: string;
  /** A change word (年均增长, 下降), when the value is a change. */
  change: string;
  /** The value is the number of things named after it. */
  counting: boolean;
  /** A verb takes the value (达到, 提高到): with no name before it, the name is the one just stated. */
  verb: boolean;
}

/** Words before the name that make or reach it: 在全省率先形成城市内充电服务半径 → 城市内充电服务半径. */
const MAKING = /^.*?(?:率先|全面|基本)?(?:形成|实现|建成|确保|推动|促进|力争)/u;

/** The name without quotes, spaces and the words in front that are not part of it (not shortened: see shorten). */
export function clean(name: string): string {
  let s = name.replace(QUOTES, '').replace(/\s+/g, '').replace(LEADING, '');
  const making = MAKING.exec(s);
  if (making && s.length - making[0].length >= 2) s = s.slice(making[0].length);
  return s.replace(/的$/u, '');
}

/** A name of at most TOO_LONG characters: the last item of a long list, or its tail. */
export function shorten(name: string): string {
  let s = name;
  if (s.length > TOO_LONG) {
    const cut = Math.max(s.lastIndexOf('、'), s.lastIndexOf('，'), s.lastIndexOf('的'));
    if (cut >= 0 && s.length - cut - 1 >= 2) s = s.slice(cut + 1);
  }
  return s.length > TOO_LONG ? s.slice(-TOO_LONG) : s;
}

/** The parts of the words before a value (within its clause). */
export function nameBefore(before: string): NameParts {
  let s = before.replace(/\s+$/u, '');
  // 由2020年的75%: the name before 由.
  s = s.replace(/(?:由|从)(?:(?:19|20|21)\d\d年(?:底|末)?)?的?$/u, '');
  const counting = COUNTING_VERB.test(s.replace(LEVEL_VERB, '')) || COUNTING_VERB.test(s);
  const verb = LEVEL_VERB.test(s);
  s = s.replace(LEVEL_VERB, '');
  const change = CHANGE.exec(s);
  if (change) s = s.slice(0, change.index).replace(/(?:分别|都)$/u, '');
  return { subject: clean(s.replace(COUNTING_VERB, '')), change: change?.[1] ?? '', counting, verb };
}

/** The words end in a verb that takes the value: 达到, 控制在, 提高到 … */
function endsWithVerb(before: string): boolean {
  return LEVEL_VERB.test(before.replace(/\s+$/u, '')) || COUNTING_VERB.test(before.replace(/\s+$/u, ''));
}

/**
 * A quantity that is part of the next value's name: 8小时 in 臭氧日最大8小时平均浓度控制在150μg/m³ — no verb takes it,
 * and the words after it name something and end in a verb that takes the next value.
 */
export function partOfName(before: string, between: string): boolean {
  if (endsWithVerb(before) || !/^[\u4e00-\u9fffA-Za-z]/u.test(between) || /^(?:以上|以下|以内|左右|上下|及以上)/u.test(between)) return false;
  const next = nameBefore(between);
  return next.subject !== '' && !next.counting && endsWithVerb(between);
}

/** The name after a counted value: 世界级产业集群 in 形成3个世界级产业集群. */
export function nameAfter(after: string): string {
  const m = /^[^，,；;。！？、和及]*/u.exec(after);
  return clean(m ? m[0] : '');
}

/**
 * Names for a list of values stated together (A、B和C达到x、y、z): the subject's items, when there are
 * as many as values; otherwise null.
 */
export function splitList(subject: string, count: number): string[] | null {
  if (count < 2) return null;
  const parts = subject.split(/、|和|及|以及/u).map((p) => p.trim()).filter(Boolean);
  return parts.length === count ? parts : null;
}
