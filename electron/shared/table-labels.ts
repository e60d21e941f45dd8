// How the tables (issue 15) write their values, in the app and in the exports: one set of labels.
import type { Comparator, RevisionRow, TargetKind, TargetRow } from './table-types';

/** The different wordings of one aligned indicator (character widths ignored), first document's first. */
export function wordingsOf(cells: readonly (TargetRow | null)[]): string[] {
  const byForm = new Map<string, string>();
  for (const c of cells) if (c && !byForm.has(c.indicator.normalize('NFKC'))) byForm.set(c.indicator.normalize('NFKC'), c.indicator);
  return [...byForm.values()];
}

export const COMPARATOR_LABEL: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=', '~': '约' };
export const TARGET_KIND_LABEL: Record<TargetKind, string> = { target: '目标', baseline: '现状' };
export const REVISION_KIND_LABEL: Record<RevisionRow['kind'], string> = { same: '未变', changed: '修改', added: '新增', removed: '删除', moved: '移动' };

/** ≥2.5万亿元, 约3%, 80%: a target's value as one cell. */
export function statedValue(r: Pick<TargetRow, 'comparator' | 'value' | 'unit'>): string {
  return `${r.comparator === '=' ? '' : COMPARATOR_LABEL[r.comparator]}${r.value}${r.unit}`;
}
