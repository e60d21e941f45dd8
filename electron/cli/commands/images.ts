import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write';
import type { DocumentImage } from '../../shared/image-types';
import type { CliCommand } from '../command';
import { requireDocId, UsageError } from '../command';

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/bmp': 'bmp' };

/** figure-01.png …: the picture's place in the document, so the files list in source order. */
export function imageFileName(image: DocumentImage, count: number): string {
  const digits = Math.max(2, String(count).length);
  return `figure-${String(image.seq).padStart(digits, '0')}.${EXTENSIONS[image.mime] ?? 'bin'}`;
}

function describe(image: DocumentImage): string {
  const size = image.width && image.height ? `${image.width}×${image.height}` : 'size unknown';
  const where = `${image.placement} block ${image.blockId}`;
  const label = image.caption || image.alt;
  return `#${image.seq}  ${image.mime}  ${size}  ${image.bytes} bytes  ${where}${label ? `  ${label}` : ''}`;
}

export const imageCommands: CliCommand[] = [
  {
    name: 'images',
    usage: 'images DOC [--out DIR]',
    summary: "List a document's pictures (figures) with the block and caption each is shown at; --out writes them to DIR as they were in the source",
    options: { out: { type: 'string' } },
    async run(lib, [doc], values, io) {
      const docId = requireDocId(doc);
      if (values.out !== undefined && (typeof values.out !== 'string' || values.out === '')) throw new UsageError('--out needs a folder: --out DIR');
      const images = await lib.call('documentImages', { docId });
      const files: string[] = [];
      if (typeof values.out === 'string') {
        fs.mkdirSync(values.out, { recursive: true });
        for (const image of images) {
          const { dataBase64 } = await lib.call('documentImage', { docId, seq: image.seq });
          const file = path.join(values.out, imageFileName(image, images.length));
          writeFileAtomic(file, Buffer.from(dataBase64, 'base64'));
          files.push(file);
        }
      }
      const listed = images.map((image, i) => (files[i] ? { ...image, file: files[i] } : image));
      io.out(listed, () => {
        if (images.length === 0) return 'no pictures';
        const lines = listed.map((image) => describe(image) + ('file' in image ? `\n    → ${image.file}` : ''));
        return [...lines, `${images.length} picture${images.length === 1 ? '' : 's'}${files.length ? `, written to ${values.out as string}` : ''}`].join('\n');
      });
    },
  },
];
