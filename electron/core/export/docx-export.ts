import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  TableOfContents,
  TextRun,
  UnderlineType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { xmlSafeText } from './xml-safe-text';
import type { Annotation, ExportLayout } from '../../shared/annotation-types';
import { chapterPaths, type DocText } from '../annotations/doc-text';
import { chapterPathText, citation, documentLine, titleWithNumber } from './citation';
import { formatExportDate, meaningOf, usedColors, type DocumentGroup, type ExportContent } from './collect-excerpts';

// Word picks the East Asian font for Chinese characters: 宋体 for text, 黑体 for headings, as in
// government documents. LibreOffice substitutes an installed CJK font for them when they are missing.
export const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体' };
export const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: '黑体' };
export const GREY = '666666';
const HEADING_BY_DEPTH = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];

/** Runs and paragraphs whose text is made XML-safe: notes and imported texts may hold U+FFFE, control characters… */
export class SafeRun extends TextRun {
  constructor(options: IRunOptions | string) {
    super(typeof options === 'string' ? xmlSafeText(options) : options.text === undefined ? options : { ...options, text: xmlSafeText(options.text) });
  }
}

export class SafeParagraph extends Paragraph {
  constructor(options: IParagraphOptions | string) {
    super(typeof options === 'string' ? xmlSafeText(options) : options.text === undefined ? options : { ...options, text: xmlSafeText(options.text) });
  }
}

type Mark = Pick<Annotation, 'color' | 'style'> & { hex: string };

function markRun(text: string, mark: Mark | null, extra: IRunOptions = {}): TextRun {
  if (!mark) return new SafeRun({ text, ...extra });
  const hex = mark.hex.replace('#', '').toUpperCase();
  return new SafeRun({
    text,
    ...extra,
    ...(mark.style === 'underline'
      ? { underline: { type: UnderlineType.THICK, color: hex } }
      : { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex } }),
  });
}

function noteRuns(content: ExportContent, a: Annotation): Paragraph[] {
  const meaning = meaningOf(content, a);
  const out = [
    new SafeParagraph({
      spacing: { before: 60 },
      children: [
        new SafeRun({ text: '■ ', color: meaning.hex.replace('#', '') }),
        new SafeRun({ text: meaning.meaning, bold: true, size: 20 }),
        ...(a.tags.length > 0 ? [new SafeRun({ text: `  ${a.tags.map((t) => `#${t}`).join(' ')}`, color: GREY, size: 20 })] : []),
      ],
    }),
  ];
  if (a.note.trim()) {
    out.push(
      new SafeParagraph({
        indent: { left: 420 },
        children: [new SafeRun({ text: '批注：', bold: true }), new SafeRun({ text: a.note })],
      }),
    );
  }
  return out;
}

function excerptParagraphs(content: ExportContent, group: DocumentGroup, a: Annotation, path: string[]): Paragraph[] {
  const mark = { ...a, hex: meaningOf(content, a).hex };
  return [
    ...noteRuns(content, a).slice(0, 1),
    ...a.quote.split('\n').map(
      (part) => new SafeParagraph({ indent: { left: 420 }, spacing: { after: 60 }, children: [markRun(part, mark)] }),
    ),
    ...noteRuns(content, a).slice(1),
    new SafeParagraph({
      indent: { left: 420 },
      spacing: { after: 240 },
      children: [new SafeRun({ text: `出处：${citation(group.doc, path)}`, size: 18, color: GREY })],
    }),
  ];
}

function excerptLayout(content: ExportContent, group: DocumentGroup): Paragraph[] {
  const out: Paragraph[] = [];
  for (const chapter of group.chapters) {
    out.push(new SafeParagraph({ heading: HeadingLevel.HEADING_2, text: chapterPathText(chapter.path) || '正文' }));
    for (const a of chapter.annotations) out.push(...excerptParagraphs(content, group, a, chapter.path));
  }
  return out;
}

interface BlockMark {
  start: number;
  end: number;
  annotation: Annotation;
  /** The annotation ends in this block: its note goes here. */
  last: boolean;
}

/** Block-index ranges [from, to) of the sections holding the annotations: heading to the next heading. */
function sectionRanges(doc: DocText, annotations: Annotation[]): { from: number; to: number }[] {
  const isHeading = (i: number) => doc.blocks[i]!.kind === 'heading';
  const ranges = annotations
    .map((a) => {
      let from = doc.indexOfBlock.get(a.start!.blockId)!;
      let to = doc.indexOfBlock.get(a.end!.blockId)! + 1;
      while (from > 0 && !isHeading(from)) from--;
      while (to < doc.blocks.length && !isHeading(to)) to++;
      return { from, to };
    })
    .sort((x, y) => x.from - y.from);
  const merged: { from: number; to: number }[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.from < last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}

function marksByBlock(doc: DocText, annotations: Annotation[]): Map<number, BlockMark[]> {
  const marks = new Map<number, BlockMark[]>();
  for (const a of annotations) {
    const si = doc.indexOfBlock.get(a.start!.blockId)!;
    const ei = doc.indexOfBlock.get(a.end!.blockId)!;
    for (let i = si; i <= ei; i++) {
      const mark = {
        start: i === si ? a.start!.offset : 0,
        end: i === ei ? a.end!.offset : doc.blocks[i]!.text.length,
        annotation: a,
        last: i === ei,
      };
      marks.set(i, [...(marks.get(i) ?? []), mark]);
    }
  }
  return marks;
}

function blockRuns(content: ExportContent, text: string, marks: BlockMark[]): (TextRun | FootnoteReferenceRun)[] {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const runs: (TextRun | FootnoteReferenceRun)[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [s, e] = [cuts[i]!, cuts[i + 1]!];
    if (e <= s) continue;
    const covering = marks.filter((m) => m.start <= s && m.end >= e);
    const top = covering.at(-1)?.annotation;
    runs.push(markRun(text.slice(s, e), top ? { ...top, hex: meaningOf(content, top).hex } : null));
    // A footnote only where there is something to say besides the colour (a note, tags): the colour's
    // meaning is in the legend on the first page.
    for (const m of marks.filter((m) => m.last && m.end === e && (m.annotation.note.trim() || m.annotation.tags.length > 0))) {
      const a = m.annotation;
      const words = [`【${meaningOf(content, a).meaning}】`, a.note.trim(), a.tags.map((t) => `#${t}`).join(' ')];
      runs.push(new FootnoteReferenceRun({ children: [new SafeParagraph(words.filter(Boolean).join(' '))] }));
    }
  }
  return runs;
}

function sectionLayout(content: ExportContent, group: DocumentGroup): Paragraph[] {
  const doc = group.text;
  if (group.doc.docId === null || !doc) return [];
  const annotations = group.chapters.flatMap((c) => c.annotations);
  const marks = marksByBlock(doc, annotations);
  const paths = chapterPaths(doc.blocks);
  const out: Paragraph[] = [];
  for (const range of sectionRanges(doc, annotations)) {
    const path = paths[range.from]!.filter((h) => h !== group.doc.title);
    for (let i = range.from; i < range.to; i++) {
      const block = doc.blocks[i]!;
      const children = blockRuns(content, block.text, marks.get(i) ?? []);
      // The section's own heading names its whole chapter path, so the excerpt stands on its own.
      const headingText = i === range.from && path.length > 1 && !marks.has(i) ? chapterPathText(path) : null;
      out.push(
        block.kind === 'heading'
          ? new SafeParagraph({
              heading: HEADING_BY_DEPTH[Math.min(Math.max(block.level, 1), 4) - 1],
              children: headingText ? [new SafeRun(headingText)] : children,
            })
          : new SafeParagraph({ indent: { firstLine: 480 }, spacing: { after: 80 }, children }),
      );
    }
    out.push(
      new SafeParagraph({
        spacing: { after: 240 },
        children: [new SafeRun({ text: `出处：${citation(group.doc, path)}`, size: 18, color: GREY })],
      }),
    );
  }
  return out;
}

function detachedParagraphs(content: ExportContent, group: DocumentGroup): Paragraph[] {
  if (group.detached.length === 0) return [];
  return [
    new SafeParagraph({ heading: HeadingLevel.HEADING_2, text: '未能在现有文本中定位的摘录' }),
    ...group.detached.flatMap((a) => excerptParagraphs(content, group, a, [])),
  ];
}

function coverParagraphs(content: ExportContent): Paragraph[] {
  const documents = content.groups.length;
  return [
    new SafeParagraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 2400 }, text: content.title }),
    new SafeParagraph({ alignment: AlignmentType.CENTER, children: [new SafeRun({ text: `导出日期：${formatExportDate(content.exportedOn)}` })] }),
    new SafeParagraph({ alignment: AlignmentType.CENTER, children: [new SafeRun({ text: `范围：${content.scope}` })] }),
    new SafeParagraph({
      alignment: AlignmentType.CENTER,
      children: [new SafeRun({ text: `共 ${content.count} 条摘录，来自 ${documents} 份文件`, color: GREY })],
    }),
    new SafeParagraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: usedColors(content).flatMap((c) => [
        new SafeRun({ text: ` ${c.meaning} `, shading: { type: ShadingType.CLEAR, color: 'auto', fill: c.hex.replace('#', '') } }),
        new SafeRun({ text: '  ' }),
      ]),
    }),
  ];
}

/** Page numbers at the foot of every page, as official documents print them: — 1 —. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 21 })] })],
  });
}

/** The title page on a page of its own, then (when asked) a table of contents Word fills in on opening. */
function frontMatter(content: ExportContent, toc: boolean): (Paragraph | TableOfContents)[] {
  const out: (Paragraph | TableOfContents)[] = [...coverParagraphs(content), new Paragraph({ children: [new PageBreak()] })];
  if (toc) {
    out.push(
      new SafeParagraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: '目录' }),
      new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
      new Paragraph({ children: [new PageBreak()] }),
    );
  }
  return out;
}

export async function buildDocx(content: ExportContent, layout: ExportLayout, options: { toc?: boolean } = {}): Promise<Buffer> {
  const body: (Paragraph | TableOfContents)[] = [...frontMatter(content, options.toc ?? false)];
  if (content.count === 0) body.push(new SafeParagraph({ text: '没有符合条件的批注。' }));
  for (const group of content.groups) {
    body.push(new SafeParagraph({ heading: HeadingLevel.HEADING_1, text: titleWithNumber(group.doc) }));
    const line = documentLine(group.doc);
    if (line) body.push(new SafeParagraph({ children: [new SafeRun({ text: line, color: GREY })], spacing: { after: 200 } }));
    body.push(...(layout === 'sections' ? sectionLayout(content, group) : excerptLayout(content, group)));
    body.push(...detachedParagraphs(content, group));
  }
  return wordDocument(content.title, body, options);
}

/** A Word file in the house style (宋体 text, 黑体 headings, government-document margins). */
export function wordDocument(title: string, body: (Paragraph | TableOfContents)[], options: { toc?: boolean } = {}): Promise<Buffer> {
  const headingStyle = (id: string, name: string, size: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: HEADING_FONT, size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  });
  const doc = new Document({
    creator: '政策阅读器',
    title,
    // Word fills the table of contents in when the file is opened.
    ...(options.toc ? { features: { updateFields: true } } : {}),
    styles: {
      default: { document: { run: { font: BODY_FONT, size: 24 }, paragraph: { spacing: { line: 360 } } } },
      paragraphStyles: [
        headingStyle('Title', 'Title', 40),
        headingStyle('Heading1', 'Heading 1', 32),
        headingStyle('Heading2', 'Heading 2', 28),
        headingStyle('Heading3', 'Heading 3', 26),
        headingStyle('Heading4', 'Heading 4', 24),
        headingStyle('Heading5', 'Heading 5', 24),
      ],
    },
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } }, footers: { default: pageNumberFooter() }, children: body }],
  });
  return Packer.toBuffer(doc);
}
