import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEEP_LINK_SCHEME, deepLinkHash, deepLinkInArgv, formatDeepLink, parseDeepLink } from '../../electron/shared/deep-link';
import { parseBlockHash, parseReaderLink } from '../../renderer/src/reader/citation';
import { repoRoot } from '../helpers/paths';

describe('policy-reader:// links', () => {
  it('formats a paragraph link and a document link, and reads them back', () => {
    expect(formatDeepLink(12, 345)).toBe('policy-reader://open/doc/12/block/345');
    expect(formatDeepLink(12)).toBe('policy-reader://open/doc/12');
    expect(formatDeepLink(12, null)).toBe('policy-reader://open/doc/12');
    expect(parseDeepLink(formatDeepLink(12, 345))).toEqual({ docId: 12, blockId: 345 });
    expect(parseDeepLink(formatDeepLink(7))).toEqual({ docId: 7 });
  });

  it('accepts the forms the system or older versions deliver', () => {
    // Windows appends a slash to some protocol arguments; schemes are case-insensitive.
    expect(parseDeepLink('policy-reader://open/doc/12/block/345/')).toEqual({ docId: 12, blockId: 345 });
    expect(parseDeepLink('POLICY-READER://OPEN/DOC/12/BLOCK/345')).toEqual({ docId: 12, blockId: 345 });
    // Earlier builds copied the hash form.
    expect(parseDeepLink('policy-reader://open/#/doc/12/block/345')).toEqual({ docId: 12, blockId: 345 });
    expect(parseDeepLink(`policy-reader://open/doc/${Number.MAX_SAFE_INTEGER}`)).toEqual({ docId: Number.MAX_SAFE_INTEGER });
  });

  it.each([
    // not ids
    'policy-reader://open/doc/0/block/1',
    'policy-reader://open/doc/1/block/0',
    'policy-reader://open/doc/-1/block/2',
    'policy-reader://open/doc/012/block/345',
    'policy-reader://open/doc/1.5/block/3',
    'policy-reader://open/doc/1e3',
    'policy-reader://open/doc/0x10',
    'policy-reader://open/doc/１２/block/３',
    'policy-reader://open/doc/9007199254740993',
    'policy-reader://open/doc/99999999999999999999',
    'policy-reader://open/doc/%31%32',
    'policy-reader://open/doc/',
    'policy-reader://open/doc/12/block/',
    'policy-reader://open/doc/12/block/abc',
    // other shapes
    'policy-reader://open/doc/12/block/345/extra',
    'policy-reader://open/doc/12/../13',
    'policy-reader://open/doc/12/block/345?x=1',
    'policy-reader://open/doc/12/block/345#top',
    'policy-reader://open/doc/12//',
    'policy-reader://open//doc/12',
    'policy-reader://open\\doc\\12',
    'policy-reader://evil.example/doc/12/block/345',
    'policy-reader://user:pass@open/doc/12',
    'policy-reader://open:8080/doc/12',
    'policy-reader:open/doc/12',
    'policy-reader:///open/doc/12',
    'https://open/doc/12/block/345',
    'javascript:alert(1)//policy-reader://open/doc/1',
    'file:///etc/passwd',
    // smuggled whitespace, control characters and switches
    ' policy-reader://open/doc/12',
    'policy-reader://open/doc/12\n',
    'policy-reader://open/doc/12\u0000',
    'policy-reader://open/doc/12 --inspect=9229',
    '--policy-reader://open/doc/12',
    '',
    `policy-reader://open/doc/1${'/'.repeat(300)}`,
  ])('rejects %j', (input) => {
    expect(parseDeepLink(input)).toBeNull();
  });

  it('rejects values that are not strings', () => {
    for (const value of [undefined, null, 12, { docId: 1 }, ['policy-reader://open/doc/1']]) expect(parseDeepLink(value)).toBeNull();
  });

  it('refuses to format an id that could not be parsed back', () => {
    expect(() => formatDeepLink(0, 1)).toThrow(RangeError);
    expect(() => formatDeepLink(1, -2)).toThrow(RangeError);
    expect(() => formatDeepLink(1.5)).toThrow(RangeError);
    expect(() => formatDeepLink(Number.NaN)).toThrow(RangeError);
  });

  it('finds the link on a command line (first launch and second launch)', () => {
    // Windows: app.exe [switches] "policy-reader://…"; Linux .desktop Exec=… %U; dev: electron . <link>
    expect(deepLinkInArgv(['C:\\Program Files\\政策阅读器\\policy-reader.exe', 'policy-reader://open/doc/3/block/40/'])).toEqual({ docId: 3, blockId: 40 });
    expect(deepLinkInArgv(['/opt/app', '--no-sandbox', '--allow-file-access-from-files', 'policy-reader://open/doc/3'])).toEqual({ docId: 3 });
    expect(deepLinkInArgv(['/opt/app', 'report.docx'])).toBeNull();
    expect(deepLinkInArgv(['/opt/app', 'policy-reader://open/doc/0', 'policy-reader://open/doc/5'])).toEqual({ docId: 5 });
    expect(deepLinkInArgv(['/opt/app', 'policy-reader://open/doc/5?evil=1'])).toBeNull();
    expect(deepLinkInArgv([])).toBeNull();
  });

  it('opens in the app at the same address the hash route uses', () => {
    for (const link of [{ docId: 12, blockId: 345 }, { docId: 3 }]) {
      expect(parseBlockHash(deepLinkHash(link))).toEqual({ docId: link.docId, blockId: link.blockId });
    }
  });

  it('is taken when pasted into the window, like the other link forms', () => {
    expect(parseReaderLink('  policy-reader://open/doc/12/block/345\n')).toEqual({ docId: 12, blockId: 345 });
    expect(parseReaderLink('http://127.0.0.1:4000/#/doc/12/block/345')).toEqual({ docId: 12, blockId: 345 });
    expect(parseReaderLink('policy-reader://evil/doc/12/block/345')).toBeNull();
  });

  it('is declared to the installers (electron-builder "protocols"), so the system sends such links to the app', () => {
    const build = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).build;
    expect(build.protocols.flatMap((p: { schemes: string[] }) => p.schemes)).toContain(DEEP_LINK_SCHEME);
  });
});
