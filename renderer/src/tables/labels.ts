import type { Comparator, TargetKind, TargetRow } from '../../../electron/shared/table-types';

export const COMPARATOR_LABEL: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=', '~': '约' };
export const KIND_LABEL: Record<TargetKind, string> = { target: '目标', baseline: '现状' };

/** ≥2.5万亿元, 约3% */
export function stated(r: Pick<TargetRow, 'comparator' | 'value' | 'unit'>): string {
  return `${r.comparator === '=' ? '' : COMPARATOR_LABEL[r.comparator]}${r.value}${r.unit}`;
}
