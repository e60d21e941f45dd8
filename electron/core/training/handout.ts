// The handout: a reading path as a Word file for trainees — each stop's passage with its citation, the
// trainer's notes (unless left out) and a box for the trainee's own notes.
import { AlignmentType, BorderStyle, HeadingLevel, ShadingType, type Paragraph } from 'docx';
import type { ExportFile } from '../../shared/annotation-types';
import { stopLabel } from '../../shared/stop-label';
import type { StopPlace } from '../../shared/training-types';
import type { CoreContext } from '../context';
import { formatChineseDate } from '../export/citation';
import { GREY, SafeParagraph, SafeRun, wordDocument } from '../export/docx-export';
import { trainingFileName } from './file-name';
import { getReadingPath } from './paths';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Empty lines of the box left for the trainee's notes under each stop. */
export const NOTE_LINES = 5;

function placeParagraphs(place: StopPlace, selection: boolean): Paragraph[] {
  if (place.docId === null) return [new SafeParagraph({ children: [new SafeRun({ text: '（原文已从文库中删除）', color: GREY })] })];
  const texts = selection ? [place.text] : place.blocks.map((b) => b.text);
  return [
    ...texts.map((text) => new SafeParagraph({ indent: { firstLine: 480 }, children: [new SafeRun({ text })] })),
    new SafeParagraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 120 },
      children: [new SafeRun({ text: `——${place.citation}`, color: GREY, size: 20 })],
    }),
  ];
}

export interface MyNote {
  position: number;
  quote: string;
  note: string;
}

/** A box for the trainee's notes (adjacent paragraphs with the same borders make one box), holding theirs if they sent them. */
function noteBox(mine: MyNote[]): Paragraph[] {
  const side = { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 4 };
  const line = () => new SafeParagraph({ text: '', spacing: { before: 120 }, border: { top: side, bottom: side, left: side, right: side } });
  return [
    new SafeParagraph({ spacing: { before: 160 }, children: [new SafeRun({ text: '我的笔记：', bold: true })] }),
    ...mine.map(
      (m) =>
        new SafeParagraph({
          border: { top: side, bottom: side, left: side, right: side },
          children: [...(m.quote ? [new SafeRun({ text: `「${m.quote}」`, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFE77A' } })] : []), new SafeRun({ text: m.note ? `　${m.note}` : '' })],
        }),
    ),
    ...Array.from({ length: mine.length > 0 ? 2 : NOTE_LINES }, line),
  ];
}

export async function buildHandout(
  ctx: CoreContext,
  pathId: number,
  includeNotes: boolean,
  myNotes: MyNote[] = [],
  date = new Date(),
): Promise<{ fileName: string; bytes: Buffer }> {
  const path = getReadingPath(ctx, pathId);
  const body: Paragraph[] = [
    new SafeParagraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: path.title }),
    new SafeParagraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new SafeRun({ text: `培训讲义 · 共 ${path.stops.length} 站 · ${formatChineseDate(date.toISOString().slice(0, 10))}`, color: GREY })],
    }),
  ];
  if (path.stops.length === 0) body.push(new SafeParagraph({ text: '这条阅读路线还没有站点。' }));
  for (const stop of path.stops) {
    body.push(new SafeParagraph({ heading: HeadingLevel.HEADING_1, text: `第 ${stop.position} 站　${stopLabel(stop)}` }));
    body.push(...placeParagraphs(stop.place, stop.startOffset !== null));
    if (stop.place2) body.push(new SafeParagraph({ children: [new SafeRun({ text: '对照：', bold: true })] }), ...placeParagraphs(stop.place2, false));
    if (includeNotes && stop.note.trim()) {
      body.push(new SafeParagraph({ children: [new SafeRun({ text: '讲解要点：', bold: true }), new SafeRun({ text: stop.note })] }));
    }
    body.push(...noteBox(myNotes.filter((m) => m.position === stop.position)));
  }
  return { fileName: trainingFileName('培训讲义', path.title, 'docx', date), bytes: await wordDocument(`培训讲义：${path.title}`, body) };
}

export async function exportHandout(ctx: CoreContext, pathId: number, includeNotes: boolean, myNotes: MyNote[] = []): Promise<ExportFile> {
  const { fileName, bytes } = await buildHandout(ctx, pathId, includeNotes, myNotes);
  return { fileName, mimeType: DOCX_MIME, dataBase64: bytes.toString('base64'), count: getReadingPath(ctx, pathId).stops.length };
}
