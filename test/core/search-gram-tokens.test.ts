import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockTokens } from '../../electron/core/search/gram-tokens';
import { normalizeForSearch } from '../../electron/shared/search-query';
import { expandPaths } from '../../electron/core/import/walk-folders';
import { corporaDir, seedsDir } from '../helpers/paths';

// blockTokens decides what the index stores: its fast version must write exactly what the plain
// definition says, in the same order (every distinct character, then every distinct adjacent pair, as
// first met; code points in base 32, a pair joined by "x").
function reference(normalized: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  let prev: string | null = null;
  for (const ch of normalized) {
    const c = ch.codePointAt(0)!.toString(32);
    if (!seen.has(c)) seen.add(c), out.push(c);
    if (prev !== null) {
      const pair = `${prev}x${c}`;
      if (!seen.has(pair)) seen.add(pair), out.push(pair);
    }
    prev = c;
  }
  return out.join(' ');
}

const paragraphs = (file: string) => fs.readFileSync(file, 'utf8').split(/\n\s*\n|\n/).map(normalizeForSearch).filter((t) => t !== '');

describe('blockTokens', () => {
  it('writes what the reference writes for every paragraph of the seeds and the corpora', () => {
    const files = [...expandPaths([seedsDir]).files, ...expandPaths([corporaDir]).files].filter((f) => /\.(txt|md)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    let blocks = 0;
    for (const file of files) {
      for (const text of paragraphs(file)) {
        expect(blockTokens(text), `${path.basename(file)}: ${text.slice(0, 40)}`).toBe(reference(text));
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(5000);
  });

  it('reads surrogate pairs as one character, a lone surrogate as itself, and repeats nothing', () => {
    const cases = [
      '𠀀𠀁𠀀𠀁𪚥字𪚥',
      '\ud840a\udc00b\ud840',
      '𠮷野家𠮷野家𠮷',
      'aaaaaa',
      'abab abab',
      '',
      '一',
      '\ud83d\ude00\ud83d\ude00x\ud83d',
    ];
    for (const text of cases) expect(blockTokens(text), JSON.stringify(text)).toBe(reference(text));
    expect(blockTokens('𠀀𠀀').split(' ')).toEqual([(0x20000).toString(32), `${(0x20000).toString(32)}x${(0x20000).toString(32)}`]);
  });

  it('holds a whole long block and forgets the previous one', () => {
    // A block longer than any table it kept so far, then a short one whose pairs the long one had.
    let long = '';
    for (let i = 0; i < 60_000; i++) long += String.fromCodePoint(0x4e00 + ((i * 7919) % 3000));
    expect(blockTokens(long)).toBe(reference(long));
    const short = long.slice(100, 140);
    expect(blockTokens(short)).toBe(reference(short));
    expect(blockTokens(short)).toBe(reference(short));
  });
});
