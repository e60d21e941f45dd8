// Who does a task and by when, where the text says so: （省发展改革委牵头，省财政厅、省自然资源厅配合）,
// 牵头单位：…；配合单位：…, 责任单位：…, 2023年底前.

const BRACKETED = /[（(]([^（）()]*?(?:牵头|负责|配合|参与|协助|责任单位)[^（）()]*)[）)]/gu;
/** 由省发展改革委牵头，省财政厅、省商务厅配合 written out in a sentence. */
const LED_BY = /由([^，,。；;（）()]{2,60}?)(?:牵头|负责)(?:[，,]([^，,。；;（）()]{2,80}?)(?:配合|参与|协助))?/gu;
const LABELLED = /(牵头单位|责任单位|主责单位|配合单位|参与单位|协办单位)[：:]\s*([^；;。）)\n]+)/gu;
const DEADLINE = /(?:完成时限|时间节点|完成时间)[：:]\s*([^；;。，,）)\n]+)|((?:19|20|21)\d\d年(?:\d{1,2}月)?(?:底|末|上半年|下半年|年底)?(?:前|以前|之前))|[（(]((?:长期|持续)(?:坚持|推进))[）)]/u;

export interface TaskUnits {
  lead: string[];
  partners: string[];
}

function unitsIn(list: string): string[] {
  return list
    .split(/[、，,]/u)
    .map((u) => u.replace(/^(?:和|及|由)|(?:等单位|等部门|等)$/u, '').trim())
    .filter((u) => u.length >= 2);
}

function add(into: string[], units: string[]): void {
  for (const u of units) if (!into.includes(u)) into.push(u);
}

/** Lead and partner units named in a task's text, in the order they appear, each once. */
export function taskUnits(text: string): TaskUnits {
  const out: TaskUnits = { lead: [], partners: [] };
  for (const m of text.matchAll(LABELLED)) add(/配合|参与|协办/u.test(m[1]!) ? out.partners : out.lead, unitsIn(m[2]!));
  for (const m of text.matchAll(LED_BY)) {
    add(out.lead, unitsIn(m[1]!));
    if (m[2]) add(out.partners, unitsIn(m[2]));
  }
  for (const m of text.matchAll(BRACKETED)) {
    const inside = m[1]!;
    if (LABELLED.test(inside)) {
      LABELLED.lastIndex = 0;
      continue;
    }
    for (const part of inside.split(/[，,；;]/u)) {
      const p = part.trim();
      const lead = /^(.+?)(?:牵头|负责|按职责分工负责|分别负责|按职责负责)$/u.exec(p);
      const partner = /^(.+?)(?:配合|参与|协助|协同|共同参与)$/u.exec(p);
      if (lead) add(out.lead, unitsIn(lead[1]!));
      else if (partner) add(out.partners, unitsIn(partner[1]!));
    }
  }
  return out;
}

/** 完成时限 as written: 2023年底前, 2022年6月底前, 长期坚持; null when none. */
export function taskDeadline(text: string): string | null {
  const m = DEADLINE.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]!).trim() : null;
}
