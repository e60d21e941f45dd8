import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CJK, visualWidth } from '../../electron/core/import/cleanup/chars';
import { expandPaths } from '../../electron/core/import/walk-folders';
import { corporaDir, seedsDir } from '../helpers/paths';

// visualWidth checks code ranges instead of testing a regular expression per character: it must count
// exactly what the CJK class says is full width.
const FULL_WIDTH = new RegExp(`[${CJK}]`);
function reference(line: string): number {
  let w = 0;
  for (const ch of line) w += FULL_WIDTH.test(ch) ? 2 : 1;
  return w;
}

describe('visualWidth', () => {
  it('counts as the CJK class does for every code unit of the BMP, and a surrogate pair as one unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(visualWidth(ch), c.toString(16)).toBe(reference(ch));
    }
    for (const line of ['𠀀中a', '\ud800中', '中\udc00', 'ab\ud83d\ude00“引号”…·《书》—']) expect(visualWidth(line), line).toBe(reference(line));
  });

  it('counts every line of the seeds and corpora as the reference does', () => {
    let lines = 0;
    for (const file of [...expandPaths([seedsDir]).files, ...expandPaths([corporaDir]).files].filter((f) => /\.(txt|md)$/.test(f))) {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        expect(visualWidth(line)).toBe(reference(line));
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(10_000);
  });
});
