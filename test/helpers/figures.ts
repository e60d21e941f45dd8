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
/** A 160×96 JPEG photo (drawn and encoded by Chromium for these tests). */
export const PHOTO_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCABgAKADASIAAhEBAxEB/8QAGgABAQADAQEAAAAAAAAAAAAAAgEABAYHBf/EACcQAQEAAQQCAAUFAQAAAAAAAAEAAgMEBRESIRMxQVFSIoGRscHR/8QAGQEBAQADAQAAAAAAAAAAAAAAAgEAAwQF/8QAHhEBAQABBAMBAAAAAAAAAAAAAAECAwQRURIxQSH/2gAMAwEAAhEDEQA/APjBMKBILnefFCZQJBEopIKBMKFFCQUJkSihIKBMKFFCQUCQRKKEwoEgocUJlAkEVihIKBMKHFCQUCYRKOSCYUCQXa82KEwoEgiUUJBQJlCUJBQL6HE8ZrcnuPh6XWOGPvPNPWJ/2nHP5DkaeOLkhiKv0L6Ojw3JauI4bTU6fy6x/u7LjuL2nHYBoaY59e9TL3k27bpo9tsw7cFqcNyOjiue01Oj8esv6tPxcXpET6N6Tam/43a7/BNbTDPr1qHrIplodVfFwYTC2uR47W4/X+HqdZY5e8cz5JawXNZZeKxSQUCYQKKEgoTChRQkFCYRKOSCYUJF2vOihIKBMIlFCQUCYUKLhi5ZGOJ2r0F6NxOxx4/YaegdefXeb98vrcTwOka3NbXDI7PPy/g7/wAvQrdoz624T6yyyy3tjLLLLGNXktnjvtlnovXl88H7NxHi4qJ0npL0G4vltM0+V3GIdHl3/Pv/AG5txj6rGoEgoEwuNYoSCgTChRQkFAkESjkwkFgSC7XnRQkUCYUKKSCgTCJRv8FqGjzO1zyejz8f59f7eg3mWK45GWL0j2N6DxW+x3+xw1hPPrrM+2Vv0cvjbg3LLLLebLLLLGMuM5bM1eU3GQ9nl1/Hr/LqeR3eOy2meqp5fLA+7cZ2qq9r7bl3OXrFihIKBMLjKKEgoEgoUUJhQJESjkwkFAmF2vOikgoEwoUUkFAkESihb/F8hq8duPiaZ5YZes8H5ZH/AG0iQU5svMKO/wBjyO132A6GoeXXvB9ZH7W1ec4riiKJ9S39LleQ0sQx3Wp0fl+r+7fNx3GyV29rbzf7fZ4Lrah5desD3k/tcnqcrv8AVEz3WfT+P6f6tXtXtVX6tMtx1Fbe/wB9q7/X+JqfpxPWOJ8gtcoEwuXK23mrFCRQJhEooSCgSCJxQmFCQRWOTCQUJl2vOihIKBMKFFCQUCQRKKEwoEgocUJlAkEVihIKBMKHFCQUCYRKKEgoEgoUUJhQJBEooTCgSChR/9k=',
  'base64',
);
export const CAPTION_PHOTO = '图3 湘江风光带实景';

export const FIGURES_TITLE = '湘江新区空间规划图示说明';
export const CAPTION_ONE = '图1 长株潭都市圈空间结构示意图';
export const CAPTION_TWO = '图 2 交通网络规划图';

const picture = (data: Buffer, width: number, height: number, alt: string, type: 'png' | 'jpg' = 'png') =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({ type, data, transformation: { width, height }, altText: { name: alt, description: alt, title: alt } })],
  });

/**
 * A Word file with two pictures, each right above its caption 图1 / 图 2, between paragraphs of text;
 * `withPhoto`: and a JPEG photo above 图3 at the end.
 */
export async function docxWithFigures(withPhoto = false): Promise<Buffer> {
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
          ...(withPhoto ? [picture(PHOTO_JPEG, 160, 96, '风光带', 'jpg'), new Paragraph(CAPTION_PHOTO), new Paragraph('沿江建设绿色生态走廊，提升城市品质。')] : []),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
