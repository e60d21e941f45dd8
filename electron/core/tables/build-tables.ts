import { COMPARATOR_LABEL, REVISION_KIND_LABEL, TARGET_KIND_LABEL, statedValue, wordingsOf } from '../../shared/table-labels';
import type { TargetRow } from '../../shared/table-types';
import type { CoreContext } from '../context';
import { compareTargetsAcross, documentTargets, documentTasks, revisionTable } from './document-tables';
import type { TableModel } from './table-model';
import { tableSource } from './table-source';

const SOURCE = { header: '出处', width: 36 };

export function targetsTable(ctx: CoreContext, docId: number): TableModel {
  const src = tableSource(ctx, docId);
  const rows = documentTargets(ctx, docId);
  return {
    kind: 'targets',
    name: '指标表',
    title: `${src.title}指标表`,
    subtitle: src.line,
    columns: [
      { header: '序号', width: 6, numeric: true },
      { header: '指标', width: 28 },
      { header: '比较', width: 6 },
      { header: '数值', width: 10, numeric: true },
      { header: '单位', width: 12 },
      { header: '年份', width: 8, numeric: true },
      { header: '类型', width: 6 },
      { header: '原文', width: 60 },
      SOURCE,
    ],
    rows: rows.map((r, i) => [
      String(i + 1),
      r.indicator,
      COMPARATOR_LABEL[r.comparator],
      r.value,
      r.unit,
      r.year === null ? '' : String(r.year),
      TARGET_KIND_LABEL[r.kind],
      r.text,
      src.sourceOf(r.blockId),
    ]),
  };
}

export function tasksTable(ctx: CoreContext, docId: number): TableModel {
  const src = tableSource(ctx, docId);
  const rows = documentTasks(ctx, docId);
  return {
    kind: 'tasks',
    name: '任务分解表',
    title: `${src.title}任务分解表`,
    subtitle: src.line,
    columns: [
      { header: '序号', width: 10, minChars: 5 },
      { header: '任务', width: 28 },
      { header: '具体内容', width: 70 },
      { header: '牵头单位', width: 18 },
      { header: '配合单位', width: 22 },
      { header: '完成时限', width: 14, minChars: 4 },
      SOURCE,
    ],
    rows: rows.map((r) => [r.path, r.title, r.text, r.lead.join('、'), r.partners.join('、'), r.deadline ?? '', src.sourceOf(r.blockId)]),
  };
}

const SIDES = ['甲', '乙', '丙', '丁'];

/** 指标对照表: the targets of two to four documents, one column each, differing rows shaded. */
export function compareTable(ctx: CoreContext, docIds: readonly number[]): TableModel {
  const sources = docIds.map((docId) => tableSource(ctx, docId));
  const c = compareTargetsAcross(ctx, docIds);
  const side = (r: TargetRow | null) => (r ? `${statedValue(r)}${r.year ? `（${r.year}年）` : ''}` : '—');
  const highlighted = new Set<number>();
  const rows = c.rows.map((row, i) => {
    const present = row.cells.flatMap((cell, k) => (cell ? [SIDES[k]!] : []));
    const status = present.length === 1 ? `仅${present[0]}文件` : row.differs ? '不同' : present.length === docIds.length ? '相同' : `${present.join('')}相同`;
    if (row.differs) highlighted.add(i);
    const names = wordingsOf(row.cells);
    const name = names.length > 1 ? `${names[0]}\n（又作：${names.slice(1).join('；')}）` : row.indicator;
    return [name, ...row.cells.map(side), status, ...row.cells.map((cell, k) => (cell ? sources[k]!.sourceOf(cell.blockId) : ''))];
  });
  return {
    kind: 'targets',
    name: '指标对照表',
    title: '指标对照表',
    subtitle: sources.map((s, k) => `${SIDES[k]}：${s.title}`).join('；'),
    columns: [
      { header: '指标', width: 28 },
      ...sources.map((s, k) => ({ header: `${SIDES[k]} ${s.meta.title}`, width: 22 })),
      { header: '对比', width: 10, minChars: 4 },
      ...sources.map((_s, k) => ({ header: `${SIDES[k]}出处`, width: 30 })),
    ],
    rows,
    highlighted,
  };
}

export function revisionsTable(ctx: CoreContext, a: number, b: number, withSame = false): TableModel {
  const srcA = tableSource(ctx, a);
  const srcB = tableSource(ctx, b);
  const t = revisionTable(ctx, a, b, withSame);
  return {
    kind: 'revisions',
    name: '修订对照表',
    title: '修订对照表',
    subtitle: `原文：${srcA.title}；修改后：${srcB.title}`,
    columns: [
      { header: '序号', width: 6, numeric: true },
      { header: '原文', width: 60 },
      { header: '修改后', width: 60 },
      { header: '说明', width: 8 },
      { header: '出处', width: 30 },
    ],
    rows: t.rows.map((r, i) => [String(i + 1), r.before, r.after, REVISION_KIND_LABEL[r.kind], r.bBlockId !== null ? srcB.sourceOf(r.bBlockId) : srcA.sourceOf(r.aBlockId)]),
  };
}
