import { describe, expect, it } from 'vitest';
import { dateFromFileName } from '../../electron/core/import/metadata';

describe('dates in file names', () => {
  it('reads full dates in the usual spellings, and nothing from a bare year or other numbers', () => {
    expect(dateFromFileName('中华人民共和国刑法_20201226.txt')).toBe('2020-12-26');
    expect(dateFromFileName('中华人民共和国民法典(2020-05-28).docx')).toBe('2020-05-28');
    expect(dateFromFileName('某条例 2019.3.2.pdf')).toBe('2019-03-02');
    expect(dateFromFileName('关于某事项的通知（2021年7月1日）.txt')).toBe('2021-07-01');
    expect(dateFromFileName('1954年中华人民共和国国务院政府工作报告.txt')).toBeNull();
    expect(dateFromFileName('000_fb8abce934723a93.txt')).toBeNull();
    expect(dateFromFileName('编号120201226001.txt')).toBeNull();
    expect(dateFromFileName('条例_20201345.txt')).toBeNull();
  });
});
