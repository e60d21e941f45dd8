// Renders icon.svg to the PNG sizes electron-builder uses (icons/NxN.png, icon.png) and packs
// icon.ico for Windows. Run after changing the SVG:  node resources/make-icons.mjs
// Uses the Chromium that the browser tests use; no other image tool is needed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const svg = fs.readFileSync(path.join(here, 'icon.svg'), 'utf8');
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** ICO file whose entries are PNG images (supported since Windows Vista). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const pngs = new Map();
for (const size of PNG_SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
  );
  pngs.set(size, await page.locator('svg').screenshot({ omitBackground: true }));
}
await browser.close();

fs.mkdirSync(path.join(here, 'icons'), { recursive: true });
for (const [size, png] of pngs) fs.writeFileSync(path.join(here, 'icons', `${size}x${size}.png`), png);
fs.writeFileSync(path.join(here, 'icon.png'), pngs.get(512));
fs.writeFileSync(path.join(here, 'icon.ico'), ico(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
console.log(`wrote ${PNG_SIZES.length} PNGs, icon.png and icon.ico (${ICO_SIZES.join(', ')})`);
