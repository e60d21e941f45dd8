import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocumentImage } from '../../electron/shared/image-types';
import type { Block, ImportResult } from '../../electron/shared/types';
import type { Library } from '../../electron/core/open-library';
import { imageInfo } from '../../electron/core/images/image-info';
import { keepImages } from '../../electron/core/images/source-images';
import { CAPTION_ONE, CAPTION_TWO, docxWithFigures, FIGURE_ONE, FIGURE_TWO, PHOTO_JPEG, pngPicture } from '../helpers/figures';
import { closingLibraries } from '../helpers/library';
import { tempDir } from '../helpers/paths';

const libs = closingLibraries();

async function upload(lib: Library, name: string, bytes: Buffer): Promise<number> {
  const [r] = await lib.call('importUploads', { files: [{ name, dataBase64: bytes.toString('base64') }] });
  if (!r?.ok || r.docId === undefined) throw new Error(`import failed: ${JSON.stringify(r)}`);
  return r.docId;
}

async function imported(results: ImportResult[]): Promise<number> {
  const [r] = results;
  if (!r?.ok || r.docId === undefined) throw new Error(`import failed: ${JSON.stringify(r)}`);
  return r.docId;
}

/** Each picture with the text of the block it is shown at. */
async function figures(lib: Library, docId: number): Promise<(DocumentImage & { blockText: string; data: Buffer })[]> {
  const blocks = new Map((await lib.call('getBlocks', { docId })).map((b: Block) => [b.blockId, b.text]));
  const images = await lib.call('documentImages', { docId });
  return Promise.all(
    images.map(async (img) => ({
      ...img,
      blockText: blocks.get(img.blockId)!,
      data: Buffer.from((await lib.call('documentImage', { docId, seq: img.seq })).dataBase64, 'base64'),
    })),
  );
}

const dataUri = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

describe('pictures of a Word file', () => {
  it('are kept byte for byte, in order, each right above its caption 图N, with Word’s alt text', async () => {
    const lib = libs.temp();
    const docId = await upload(lib, 'figures.docx', await docxWithFigures());
    const got = await figures(lib, docId);
    expect(got.map((f) => [f.seq, f.blockText, f.placement, f.caption])).toEqual([
      [1, CAPTION_ONE, 'before', CAPTION_ONE],
      [2, CAPTION_TWO, 'before', CAPTION_TWO],
    ]);
    expect(got[0]!.data.equals(FIGURE_ONE)).toBe(true);
    expect(got[1]!.data.equals(FIGURE_TWO)).toBe(true);
    expect(got.map((f) => [f.mime, f.width, f.height, f.bytes])).toEqual([
      ['image/png', 240, 160, FIGURE_ONE.length],
      ['image/png', 320, 120, FIGURE_TWO.length],
    ]);
    expect(got.map((f) => f.alt)).toEqual(['空间结构', '交通网络']);
    // The text is as it was: no placeholder where the pictures were.
    const text = (await lib.call('getBlocks', { docId })).map((b) => b.text).join('\n');
    expect(text).not.toMatch(/docx-picture|\u0000/);
  });

  it('a picture whose bytes are damaged or missing is left out; the text and the other picture are imported', async () => {
    const zip = await JSZip.loadAsync(await docxWithFigures());
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/')).sort();
    expect(media).toHaveLength(2);
    // One picture's bytes are garbage, the other's file is gone from the package.
    const first = await zip.file(media[0]!)!.async('nodebuffer');
    const keep = FIGURE_ONE.equals(first) ? 0 : 1;
    zip.file(media[keep === 0 ? 1 : 0]!, Buffer.from('not a picture at all, just text'));
    const broken = Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
    const lib = libs.temp();
    const docId = await upload(lib, 'broken.docx', broken);
    const got = await figures(lib, docId);
    expect(got).toHaveLength(1);
    expect(got[0]!.data.equals(keep === 0 ? FIGURE_ONE : FIGURE_TWO)).toBe(true);

    zip.remove(media[keep]!);
    const missing = Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
    const other = await upload(lib, 'missing.docx', missing);
    expect(await lib.call('documentImages', { docId: other })).toEqual([]);
    expect((await lib.call('getBlocks', { docId: other })).some((b) => b.text === CAPTION_ONE)).toBe(true);
  });
});

describe('pictures of an HTML file', () => {
  const fig3 = pngPicture(200, 100, [30, 160, 60]);
  const spacer = pngPicture(1, 1, [255, 255, 255]);
  const page = (relative: string) => `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>
    <h1>湘江新区建设方案</h1>
    <p>一、总体要求。坚持规划引领，统筹推进新区建设。</p>
    <p><img src="${dataUri(FIGURE_ONE)}" alt="结构"></p>
    <p>${CAPTION_ONE}</p>
    <p>二、重点任务。完善交通网络，提升公共服务。<img src="${dataUri(spacer)}" width="1" height="1"></p>
    <p><img src="${relative}"></p>
    <p>${CAPTION_TWO}</p>
    <p><img src="http://example.com/map.png"><img src="../outside.png"></p>
    <p>图3 新区功能布局</p>
    <div><img src='${dataUri(fig3)}'></div>
    <p>三、保障措施。<img src="${dataUri(FIGURE_ONE)}">加强组织领导，强化要素保障。</p>
    <p><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"></p>
  </body></html>`;

  it('keeps data: pictures and files beside it (never web addresses or files outside its folder), at their captions', async () => {
    const root = tempDir();
    const dir = path.join(root, 'site');
    fs.mkdirSync(path.join(dir, 'images'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'images', '交通 图.png'), FIGURE_TWO);
    fs.writeFileSync(path.join(root, 'outside.png'), pngPicture(90, 90, [0, 0, 0]));
    fs.writeFileSync(path.join(dir, 'plan.html'), page('images/%E4%BA%A4%E9%80%9A%20%E5%9B%BE.png?v=2'));
    const lib = libs.temp();
    const docId = await imported(await lib.call('importPaths', { paths: [path.join(dir, 'plan.html')] }));
    const got = await figures(lib, docId);
    // The spacer (1×1), the web address, the file outside the folder, the repeated picture and the truncated one are left out.
    expect(got.map((f) => [f.blockText, f.placement])).toEqual([
      [CAPTION_ONE, 'before'],
      [CAPTION_TWO, 'before'],
      // The source put this caption first: the picture follows it.
      ['图3 新区功能布局', 'after'],
    ]);
    expect(got[0]!.data.equals(FIGURE_ONE)).toBe(true);
    expect(got[1]!.data.equals(FIGURE_TWO)).toBe(true);
    expect(got[2]!.data.equals(fig3)).toBe(true);
    expect(got[0]!.alt).toBe('结构');
  });

  it('uploaded (no folder known): only its data: pictures; a picture with no caption stays before the text that followed it', async () => {
    const lib = libs.temp();
    const html = page('images/fig.png').replace(`<p>${CAPTION_ONE}</p>`, '<p>附：新区区位示意。</p>');
    const docId = await upload(lib, 'plan.html', Buffer.from(html));
    const got = await figures(lib, docId);
    expect(got.map((f) => [f.blockText, f.placement, f.caption])).toEqual([
      ['附：新区区位示意。', 'before', ''],
      ['图3 新区功能布局', 'after', '图3 新区功能布局'],
    ]);
  });
});

describe('the library with pictures', () => {
  it('purging a document takes its pictures; the library stays valid', async () => {
    const lib = libs.temp();
    const docId = await upload(lib, 'figures.docx', await docxWithFigures());
    const count = () => (lib.db.prepare('SELECT count(*) FROM doc_images WHERE doc_id = ?').pluck().get(docId) as number);
    expect(count()).toBe(2);
    await lib.call('deleteDocument', { docId });
    expect(count()).toBe(2); // still in the recycle bin: restorable with its pictures
    await lib.call('purgeDocument', { docId });
    expect(count()).toBe(0);
    expect(lib.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(lib.db.pragma('foreign_key_check')).toEqual([]);
    // The same file again is a new document, with its pictures.
    const again = await upload(lib, 'figures.docx', await docxWithFigures());
    expect(again).not.toBe(docId);
    expect(await lib.call('documentImages', { docId: again })).toHaveLength(2);
  });

  it('a document without pictures lists none; a picture that is not there is an error', async () => {
    const lib = libs.temp();
    const docId = await upload(lib, 'plain.txt', Buffer.from('第一章 总则\n\n图1 没有图片的标题\n\n正文。'));
    expect(await lib.call('documentImages', { docId })).toEqual([]);
    await expect(lib.call('documentImage', { docId, seq: 1 })).rejects.toThrow(/no picture 1/);
  });
});

describe('which pictures are kept', () => {
  it('the same picture at two captions is shown at both; met again elsewhere (a logo) it is kept once', async () => {
    const logo = pngPicture(64, 32, [90, 90, 90]);
    const html = `<h1>方案</h1><p><img src="${dataUri(logo)}"></p><p>第一段正文内容较长一些。</p>
      <p><img src="${dataUri(FIGURE_ONE)}"></p><p>${CAPTION_ONE}</p><p><img src="${dataUri(logo)}"></p><p>第二段正文内容。</p>
      <p><img src="${dataUri(FIGURE_ONE)}"></p><p>${CAPTION_TWO}</p><p>第三段正文。</p>`;
    const lib = libs.temp();
    const got = await figures(lib, await upload(lib, 'p.html', Buffer.from(html)));
    expect(got.map((f) => [f.blockText, f.data.equals(logo) ? 'logo' : f.data.equals(FIGURE_ONE) ? 'figure' : '?'])).toEqual([
      ['第一段正文内容较长一些。', 'logo'],
      [CAPTION_ONE, 'figure'],
      [CAPTION_TWO, 'figure'],
    ]);
  });

  it('a table printed as a picture goes under its caption 表N, which Chinese documents set above the table', async () => {
    const table = pngPicture(300, 120, [240, 240, 240]);
    const html = `<h1>方案</h1><p>主要指标如下。</p><p>表1 主要发展指标</p><p><img src="${dataUri(table)}"></p><p>各地要按期完成上述指标。</p>`;
    const lib = libs.temp();
    const got = await figures(lib, await upload(lib, 't.html', Buffer.from(html)));
    expect(got.map((f) => [f.blockText, f.placement, f.caption])).toEqual([['表1 主要发展指标', 'after', '表1 主要发展指标']]);
  });

  it('within the limits: too big, too many, too large in all, spacers and unknown formats are left out', () => {
    const big = pngPicture(300, 300, [1, 2, 3]);
    const small = pngPicture(40, 30, [4, 5, 6]);
    const at = (bytes: Buffer) => ({ bytes, alt: '', at: 0 });
    const limits = { maxImageBytes: big.length - 1, maxDocumentBytes: small.length * 2, maxImages: 10, minSide: 24, maxSide: 1000 };
    const kept = keepImages([at(big), at(small), at(pngPicture(20, 20, [0, 0, 0])), at(Buffer.from('GIF89a')), at(small), at(small)], limits);
    // big: over the per-picture cap; 20×20: a spacer; the GIF: cut short; the third small: over the document's total.
    expect(kept.map((k) => [k.width, k.height])).toEqual([
      [40, 30],
      [40, 30],
    ]);
    expect(keepImages([at(small), at(small), at(small)], { ...limits, maxDocumentBytes: 1e9, maxImages: 2 })).toHaveLength(2);
    expect(keepImages([at(pngPicture(40, 30, [1, 1, 1]))], { ...limits, maxSide: 35 })).toHaveLength(0);
  });

  it('reads the size of PNG, JPEG, GIF and BMP from their headers; anything else is no picture', () => {
    expect(imageInfo(FIGURE_ONE)).toEqual({ mime: 'image/png', width: 240, height: 160 });
    expect(imageInfo(PHOTO_JPEG)).toEqual({ mime: 'image/jpeg', width: 160, height: 96 });
    const gif = Buffer.from('474946383961' + '2c01' + 'c800' + '000000', 'hex');
    expect(imageInfo(gif)).toEqual({ mime: 'image/gif', width: 300, height: 200 });
    const bmp = Buffer.alloc(54);
    bmp.write('BM', 0, 'latin1');
    bmp.writeInt32LE(50, 18);
    bmp.writeInt32LE(-40, 22);
    expect(imageInfo(bmp)).toEqual({ mime: 'image/bmp', width: 50, height: 40 });
    expect(imageInfo(PHOTO_JPEG.subarray(0, 20))).toBeNull();
    expect(imageInfo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(imageInfo(Buffer.alloc(0))).toBeNull();
  });
});
