import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, normalizeForComparison } from '../../electron/core/import/versions-fingerprint';
import { expandPaths } from '../../electron/core/import/walk-folders';
import { corporaDir, seedsDir } from '../helpers/paths';

// fingerprint runs in one pass without building the normalised text: it must give exactly the hashes
// of the plain definition (a rolling hash over every 12 characters of normalizeForComparison's text,
// mixed, one in 16 kept), or versions would no longer find the copies stored before.
function reference(text: string): number[] {
  const s = normalizeForComparison(text);
  const mix = (h: number) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) | 0;
  };
  const out = new Set<number>();
  for (let i = 0; i + 12 <= s.length; i++) {
    let h = 0;
    for (let k = i; k < i + 12; k++) h = (Math.imul(h, 0x01000193) + s.charCodeAt(k)) | 0;
    const m = mix(h);
    if ((m >>> 0) % 16 === 0) out.add(m);
  }
  return [...out];
}

describe('version fingerprints', () => {
  it('are the hashes of the plain definition for every seed and corpus text', () => {
    const files = [...expandPaths([seedsDir]).files, ...expandPaths([corporaDir]).files].filter((f) => /\.(txt|md)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const got = [...fingerprint(text)];
      expect(got.length, path.basename(file)).toBeGreaterThan(0);
      expect(got, path.basename(file)).toEqual(reference(text));
    }
  });

  it('treat full-width letters and digits as half-width, upper case as lower, and skip everything else', () => {
    const plain = '第十二条ABC123规定的城市更新行动计划和实施方案要求abc';
    const dressed = '第十二条　ＡＢＣ１２３，规定的“城市更新”行动计划和实施方案要求。ａｂｃ𠀀\ud800';
    expect([...fingerprint(dressed)]).toEqual([...fingerprint(plain)]);
    expect([...fingerprint(dressed)]).toEqual(reference(dressed));
    expect(fingerprint('短文本').size).toBe(0);
  });
});
