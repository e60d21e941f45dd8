import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPENABLE_EXTENSIONS } from '../../electron/shared/security-policy';
import { repoRoot } from '../helpers/paths';

// electron-builder's configuration lives in package.json "build". It cannot be run to the end
// here (it downloads the Electron zip for each platform), so this checks everything short of that:
// the schema, the required settings, and that every file the package needs exists and is included.

const require = createRequire(import.meta.url);
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const build = pkg.build;
const minimatch = require('minimatch') as (p: string, pattern: string, o?: object) => boolean;

function targets(platform: 'win' | 'linux'): string[] {
  return (build[platform].target as ({ target: string } | string)[]).map((t) => (typeof t === 'string' ? t : t.target));
}

/** electron-builder's file rule: included if some positive pattern matches and no later negation does. */
function included(file: string, patterns: string[]): boolean {
  let result = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (minimatch(file, pattern.slice(1), { dot: true })) result = false;
    } else if (minimatch(file, pattern, { dot: true })) result = true;
  }
  return result;
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    await expect(validateConfiguration(build, { isEnabled: false, add() {} })).resolves.toBeUndefined();
  });

  it('builds the Windows installer and portable exe, the AppImage and the .deb, named 政策阅读器', () => {
    expect(build.productName).toBe('政策阅读器');
    expect(pkg.productName).toBe('政策阅读器');
    expect(targets('win').sort()).toEqual(['nsis', 'portable']);
    expect(targets('linux').sort()).toEqual(['AppImage', 'deb']);
    expect(build.nsis.oneClick).toBe(false);
    expect(build.nsis.deleteAppDataOnUninstall).toBe(false); // uninstalling never deletes the library
    expect(build.publish).toBeNull(); // nothing is uploaded, no auto-update feed
    expect(pkg.scripts.dist).toMatch(/electron-builder --linux --win/);
    // Artifact names stay ASCII: Chinese file names break some download and install tools.
    for (const key of ['nsis', 'portable', 'appImage', 'deb']) expect(build[key].artifactName).toMatch(/^[\x20-\x7e]+$/);
  });

  it('has the app icon: a 512×512 PNG, Linux sizes and a Windows .ico with a 256 px image', () => {
    expect(pngSize(path.join(repoRoot, 'resources', 'icon.png'))).toEqual({ width: 512, height: 512 });
    const linuxIcons = path.join(repoRoot, build.linux.icon);
    for (const size of [16, 32, 48, 128, 256, 512]) {
      expect(pngSize(path.join(linuxIcons, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
    const ico = fs.readFileSync(path.join(repoRoot, build.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1); // type: icon
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
  });

  it('opens .txt, .md, .docx and .pdf files from the system', () => {
    const exts = build.fileAssociations.map((a: { ext: string }) => a.ext).sort();
    expect(exts).toEqual([...OPENABLE_EXTENSIONS].sort());
    for (const a of build.fileAssociations) expect(a.mimeType).toBeTruthy(); // Linux needs the MIME type
  });

  it('ships the seed library as a resource where the main process looks for it', () => {
    const seeds = build.extraResources.find((r: { to: string }) => r.to === 'seeds');
    expect(seeds).toBeDefined();
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, seeds.from, 'manifest.json'), 'utf8'));
    for (const doc of manifest.documents) expect(fs.existsSync(path.join(repoRoot, seeds.from, doc.file)), doc.file).toBe(true);
    const main = fs.readFileSync(path.join(repoRoot, 'electron', 'main', 'index.ts'), 'utf8');
    expect(main).toContain("path.join(process.resourcesPath, 'seeds')");
  });

  it("unpacks better-sqlite3's native module from the asar for both platforms", () => {
    for (const binary of ['prebuilds/linux-x64.node', 'prebuilds/win32-x64.node']) {
      const file = `node_modules/better-sqlite3/${binary}`;
      expect(fs.existsSync(path.join(repoRoot, file)), file).toBe(true);
      expect(build.asarUnpack.some((p: string) => minimatch(file, p, { dot: true })), file).toBe(true);
    }
    // N-API prebuilt binaries load in Electron as they are: no rebuild (which would need the network).
    expect(build.npmRebuild).toBe(false);
  });
});

describe('the packaged file set (after npm run build)', () => {
  const out = path.join(repoRoot, 'out');

  it('includes the built app: main process, preload, renderer', () => {
    for (const file of [pkg.main, 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(fs.existsSync(path.join(repoRoot, file)), `${file} (run npm run build)`).toBe(true);
      expect(included(file, build.files), file).toBe(true);
    }
    const renderer = fs.readdirSync(path.join(out, 'renderer'), { recursive: true, encoding: 'utf8' });
    for (const f of renderer) expect(included(`out/renderer/${f}`, build.files), f).toBe(true);
    expect(included('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c', build.files)).toBe(false);
    expect(included('electron/main/index.ts', build.files)).toBe(false); // sources stay out
  });

  it('every package the main process imports at run time is a production dependency', () => {
    const dir = path.join(out, 'main');
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const specifiers = new Set<string>();
    for (const f of files) {
      const code = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)["']([^"'./][^"']*)["']/g)) specifiers.add(m[1]!);
    }
    expect(specifiers.size).toBeGreaterThan(0);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const packageName = (s: string) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!);
    const missing = [...specifiers]
      .filter((s) => !builtins.has(s) && s !== 'electron')
      .map(packageName)
      .filter((name) => !(name in pkg.dependencies));
    expect(missing, 'imported by out/main but not in "dependencies" (electron-builder leaves devDependencies out)').toEqual([]);
  });
});
