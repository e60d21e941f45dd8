import { describe, expect, it } from 'vitest';
import { findRangesInOriginal, normalizeForSearch, parseQuery } from '../../electron/shared/search-query';
import { FOLDS_INTO_HAN, FOLDS_INTO_HAN_GLOB } from '../../electron/core/search/raw-verify';
import { loadMigrations } from '../../electron/core/db/migrations';

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

describe('normalisation', () => {
  it('agrees with NFKC + lower case on every block of the seeds and corpora, and on tricky characters', async () => {
    const { tempLibrary } = await import('../helpers/library');
    const { importPaths } = await import('../../electron/core/import/import-files');
    const { corporaDir } = await import('../helpers/paths');
    const lib = tempLibrary({ seeds: true });
    await importPaths(lib, [corporaDir]);
    const texts = lib.db.prepare('SELECT text FROM blocks').pluck().all() as string[];
    lib.close();
    const tricky = ['ＡＢＣ　ｘｙｚ１２３', 'e\u0301', 'Å', '㎡①…', 'ﬁ', 'İstanbul', '\uFF5F\uFF60', '丽', '𠀀Ａ', 'ｶﾀｶﾅ', 'ＰＭ２．５（Ｒ＆Ｄ）'];
    for (const t of [...texts, ...tricky]) expect(normalizeForSearch(t), t).toBe(t.normalize('NFKC').toLowerCase());
    expect(texts.length).toBeGreaterThan(5000);
  }, 120_000);
});


describe('the check on the raw text', () => {
  it('knows every character that normalises into a Han character', () => {
    const folds = new RegExp(`[${FOLDS_INTO_HAN}]`, 'u');
    const han = /[\u3400-\u4dbf\u4e00-\u9fff]/;
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const n = normalizeForSearch(c);
      if (n !== c && han.test(n) && !folds.test(c)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('marks existing documents (migration 016) with the same characters', () => {
    expect(loadMigrations().find((m) => m.version === 16)!.sql).toContain(`GLOB '${FOLDS_INTO_HAN_GLOB}'`);
  });
});
