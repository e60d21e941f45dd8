import { describe, expect, it } from 'vitest';
import { alignTargets, indicatorKey, pairTargets } from '../../electron/core/tables/match-indicators';
import { compareTargets, revisionTable } from '../../electron/core/tables/document-tables';
import { runsText } from '../../electron/core/tables/revision-rows';
import type { TargetRow } from '../../electron/shared/table-types';
import { closingLibraries, docIdByTitle } from '../helpers/library';

const row = (indicator: string, value: string, extra: Partial<TargetRow> = {}): TargetRow => ({
  blockId: 1,
  indicator,
  value,
  unit: '%',
  comparator: '=',
  year: 2030,
  kind: 'target',
  text: `${indicator}${value}`,
  ...extra,
});

describe('target comparison', () => {
  it('matches names across wording: 比例/比率, a longer name ending in the shorter, brackets and widths', () => {
    expect(indicatorKey('空气质量优良天数比率')).toBe(indicatorKey('空气质量优良天数比例'));
    expect(indicatorKey('研发（R&D）经费投入强度')).toBe(indicatorKey('研发(R&D)经费投入强度'));
    const pairs = pairTargets(
      [row('常住人口城镇化率', '70', { comparator: '~' }), row('空气质量优良天数比率', '90'), row('研发(R&D)经费投入强度', '2.5')],
      [row('城镇化率', '72'), row('空气质量优良天数比例', '90'), row('研发（R&D）经费投入强度', '2.5'), row('人均预期寿命', '79', { unit: '岁' })],
    );
    expect(pairs.map((p) => [p.a?.indicator ?? null, p.b?.indicator ?? null, p.differs])).toEqual([
      ['常住人口城镇化率', '城镇化率', true],
      ['空气质量优良天数比率', '空气质量优良天数比例', false],
      ['研发(R&D)经费投入强度', '研发（R&D）经费投入强度', false],
      [null, '人均预期寿命', false],
    ]);
  });

  it('takes 80 and 80.0 for the same value, and a range for itself', () => {
    const pairs = pairTargets([row('城镇化率', '80'), row('增长率', '6.5－7')], [row('城镇化率', '80.0'), row('增长率', '6.5-7')]);
    expect(pairs.map((p) => p.differs)).toEqual([false, false]);
    expect(pairTargets([row('增长率', '6.5－7')], [row('增长率', '6－7')])[0]!.differs).toBe(true);
  });

  it('takes μg/m3, µg/m³ and ug/m3 (a copy that lost its Greek letter) for one unit, and 吨 and 万吨 for two', () => {
    const pm = (unit: string) => row('细颗粒物(PM2.5)平均浓度', '35', { unit, comparator: '<' });
    expect(pairTargets([pm('μg/m3')], [pm('ug/m3')])[0]!.differs).toBe(false);
    expect(pairTargets([pm('µg/m³')], [pm('μg/m3')])[0]!.differs).toBe(false);
    expect(pairTargets([row('产量', '5', { unit: '吨' })], [row('产量', '5', { unit: '万吨' })])[0]!.differs).toBe(true);
  });

  it('does not match short names by their ending, and prefers the same year', () => {
    const pairs = pairTargets([row('覆盖率', '50'), row('森林覆盖率', '60', { year: 2035 })], [row('森林覆盖率', '55'), row('森林覆盖率', '61', { year: 2035 })]);
    expect(pairs[0]!.b).toBeNull();
    expect(pairs[1]!.b!.value).toBe('61');
    expect(pairs.filter((p) => p.a === null).map((p) => p.b!.value)).toEqual(['55']);
  });

  it('sets three documents side by side, each indicator on one row, one-document targets on rows of their own', () => {
    const rows = alignTargets([
      [row('城镇化率', '70'), row('森林覆盖率', '60')],
      [row('常住人口城镇化率', '71'), row('人均预期寿命', '79', { unit: '岁' })],
      [row('人均预期寿命', '79', { unit: '岁' }), row('城镇化率', '70'), row('森林覆盖率', '60')],
    ]);
    expect(rows.map((r) => [r.indicator, r.cells.map((c) => c?.value ?? null), r.differs])).toEqual([
      ['城镇化率', ['70', '71', '70'], true],
      ['森林覆盖率', ['60', null, '60'], false],
      ['人均预期寿命', [null, '79', '79'], false],
    ]);
  });

  const libs = closingLibraries();
  it('sets the action plan beside the metro plan: 城镇化率 80% against 82%, R&D 3% in both, facts left out', () => {
    const lib = libs.temp({ seeds: true });
    const action = docIdByTitle(lib, '报纸电子版');
    const metro = docIdByTitle(lib, '都市圈发展规划');
    const c = compareTargets(lib, action, metro);
    const urban = c.pairs.find((p) => p.a?.indicator === '城镇化率')!;
    expect(urban.b).toMatchObject({ indicator: '常住人口城镇化率', value: '82', comparator: '~' });
    expect(urban.a).toMatchObject({ value: '80', comparator: '=' });
    expect(urban.differs).toBe(true);
    const rd = c.pairs.find((p) => p.a?.indicator.includes('R&D'))!;
    expect(rd.b?.indicator).toContain('R&D');
    expect(rd.differs).toBe(false);
    expect(c.pairs.some((p) => p.b?.value === '80.9')).toBe(false);
    expect(c.pairs.filter((p) => p.b === null).length).toBeGreaterThan(5);
  });

  it('builds the 修订对照表 from the version comparison, each side in its own wording', () => {
    const lib = libs.temp({ seeds: true });
    const pdf = docIdByTitle(lib, '报纸版面PDF提取');
    const paper = docIdByTitle(lib, '报纸电子版');
    const t = revisionTable(lib, pdf, paper);
    expect(t.rows.length).toBeGreaterThan(0);
    expect(t.rows.every((r) => r.kind !== 'same')).toBe(true);
    const wording = t.rows.find((r) => r.before.some((x) => x.op === 'delete' && x.text === '全方位'))!;
    expect(wording.after.some((x) => x.op === 'insert' && x.text === '无缝')).toBe(true);
    const aText = new Map(lib.db.prepare('SELECT id, text FROM blocks WHERE doc_id = ?').all(pdf).map((b) => [(b as { id: number }).id, (b as { text: string }).text]));
    expect(runsText(wording.before)).toBe(aText.get(wording.aBlockId!));
    const all = revisionTable(lib, pdf, paper, true);
    expect(all.rows.filter((r) => r.kind === 'same').length).toBeGreaterThan(0);
  });
});
