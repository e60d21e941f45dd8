import { describe, expect, it } from 'vitest';
import { documentName, splitCopyLabel } from '../../electron/shared/document-label';

const PLAN = '长株潭一体化发展五年行动计划（2021—2025年）';
const doc = (id: number, title: string, extra: { issuer?: string; issuedOn?: string } = {}) => ({
  id,
  title,
  issuer: extra.issuer ?? null,
  issuedOn: extra.issuedOn ?? null,
});

describe('document names', () => {
  it('split a copy label off the title but keep a period or an edition of the work', () => {
    expect(splitCopyLabel(`${PLAN}（报纸版面PDF提取）`)).toEqual({ base: PLAN, label: '报纸版面PDF提取' });
    expect(splitCopyLabel(`${PLAN}（网页转载，不完整）`)).toEqual({ base: PLAN, label: '网页转载，不完整' });
    expect(splitCopyLabel(PLAN)).toEqual({ base: PLAN, label: null });
    expect(splitCopyLabel('（征求意见稿）')).toEqual({ base: '（征求意见稿）', label: null });
  });

  it('name the copy label, or what differs among namesakes: date, then issuer, then the number', () => {
    const library = [
      doc(1, `${PLAN}（报纸电子版）`),
      doc(2, `${PLAN}（网页转载，不完整）`),
      doc(3, '中华人民共和国民法典', { issuedOn: '2020-05-28', issuer: '全国人民代表大会' }),
      doc(4, '中华人民共和国民法典', { issuedOn: '2021-01-01', issuer: '全国人民代表大会' }),
      doc(5, '长株潭都市圈发展规划'),
      doc(6, '某办法', { issuer: '甲' }),
      doc(7, '某办法', { issuer: '乙' }),
      doc(8, '某通知'),
      doc(9, '某通知'),
    ];
    const note = (id: number) => documentName(library.find((d) => d.id === id)!, library).note;
    expect(note(1)).toBe('报纸电子版');
    expect(note(2)).toBe('网页转载，不完整');
    expect(note(3)).toBe('2020-05-28');
    expect(note(4)).toBe('2021-01-01');
    expect(note(5)).toBeNull();
    expect(note(6)).toBe('甲');
    expect(note(9)).toBe('第 9 号');
  });
});
