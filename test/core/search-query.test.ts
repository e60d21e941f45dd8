import { describe, expect, it } from 'vitest';
import { findRangesInOriginal, parseQuery } from '../../electron/shared/search-query';

describe('the query language', () => {
  it('ANDs words, keeps "phrases" whole, excludes -words, in any width', () => {
    expect(parseQuery('交通  "绿色 出行" -高速')).toEqual({ include: ['交通', '绿色 出行'], exclude: ['高速'] });
    expect(parseQuery('ＰＭ２．５　Ｒ＆Ｄ －噪声')).toEqual({ include: ['pm2.5', 'r&d'], exclude: ['噪声'] });
    expect(parseQuery('-"长 株" 潭')).toEqual({ include: ['潭'], exclude: ['长 株'] });
  });

  it('treats a lone minus, an unclosed quote and curly quotes as text', () => {
    expect(parseQuery('5 - 3')).toEqual({ include: ['5', '-', '3'], exclude: [] });
    expect(parseQuery('"长株潭 一体化')).toEqual({ include: ['长株潭 一体化'], exclude: [] });
    expect(parseQuery('“十同”')).toEqual({ include: ['“十同”'], exclude: [] });
  });

  it('finds ranges in the original text even where normalisation changes lengths', () => {
    const text = '面积１２㎡，共①处PM2.5';
    const slices = (terms: string[]) => findRangesInOriginal(text, terms).map(([s, e]) => text.slice(s, e));
    expect(slices(['m2', 'pm2.5'])).toEqual(['㎡', 'PM2.5']);
    expect(slices(['1处'])).toEqual(['①处']);
    // Touching matches merge into one highlight.
    expect(slices(['12', 'm2'])).toEqual(['１２㎡', 'M2']);
  });
});
