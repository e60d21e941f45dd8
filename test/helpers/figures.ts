import { AlignmentType, Document, ImageRun, Packer, Paragraph, HeadingLevel } from 'docx';
import { encodePng } from '../../electron/core/images/encode-png';

/** A picture of w×h pixels in one colour with a diagonal stripe (so every picture's bytes differ by colour). */
export function pngPicture(width: number, height: number, rgb: [number, number, number]): Buffer {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const stripe = Math.abs(x * height - y * width) < width * 2;
      data.set(stripe ? [20, 20, 20] : rgb, (y * width + x) * 3);
    }
  }
  return encodePng({ width, height, channels: 3, data });
}

export const FIGURE_ONE = pngPicture(240, 160, [200, 40, 40]);
export const FIGURE_TWO = pngPicture(320, 120, [40, 90, 200]);
export const FIGURES_TITLE = '湘江新区空间规划图示说明';
export const CAPTION_ONE = '图1 长株潭都市圈空间结构示意图';
export const CAPTION_TWO = '图 2 交通网络规划图';

const picture = (data: Buffer, width: number, height: number, alt: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({ type: 'png', data, transformation: { width, height }, altText: { name: alt, description: alt, title: alt } })],
  });

/** A Word file with two pictures, each right above its caption 图1 / 图 2, between paragraphs of text. */
export async function docxWithFigures(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: FIGURES_TITLE, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '第一章 发展基础', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('长株潭都市圈位于湖南省中东部，包括长沙市全域、株洲市和湘潭市的中心城区。'),
          picture(FIGURE_ONE, 240, 160, '空间结构'),
          new Paragraph(CAPTION_ONE),
          new Paragraph('都市圈内部交通联系紧密，城际铁路和高速公路网络基本形成。'),
          new Paragraph({ text: '第二章 交通互联', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('构建轨道交通为骨干的一体化交通网络，推进城际铁路公交化运营。'),
          picture(FIGURE_TWO, 320, 120, '交通网络'),
          new Paragraph(CAPTION_TWO),
          new Paragraph('到二〇二五年，都市圈一小时通勤圈基本形成。'),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
