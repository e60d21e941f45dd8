import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  UnderlineType,
  WidthType,
} from 'docx';
import { BODY_FONT, GREY, HEADING_FONT, SafeParagraph, SafeRun } from '../export/docx-export';
import type { TableCell as ModelCell, TableModel } from './table-model';

// A4 landscape, in twentieths of a point; the margins of the annotation export.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1440, left: 1588, right: 1474 };
const TEXT_WIDTH = PAGE.height - MARGIN.left - MARGIN.right;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const SMALL = 20;
/** Two characters of SMALL text and the cell margins. */
const MIN_COLUMN = 760;

function cellParagraphs(cell: ModelCell, bold = false): Paragraph[] {
  if (typeof cell === 'string') {
    return (cell || ' ').split('\n').map((line) => new SafeParagraph({ children: [new SafeRun({ text: line, bold, size: SMALL })] }));
  }
  // A revision: deletions struck through in red, insertions underlined in blue, as Word marks them.
  const paragraphs: SafeRun[][] = [[]];
  for (const run of cell) {
    run.text.split('\n').forEach((part, k) => {
      if (k > 0) paragraphs.push([]);
      if (!part) return;
      const style =
        run.op === 'delete'
          ? { strike: true, color: 'C00000' }
          : run.op === 'insert'
            ? { underline: { type: UnderlineType.SINGLE, color: '0070C0' }, color: '0070C0' }
            : {};
      paragraphs.at(-1)!.push(new SafeRun({ text: part, size: SMALL, ...style }));
    });
  }
  return paragraphs.map((children) => new SafeParagraph({ children: children.length ? children : [new SafeRun({ text: ' ', size: SMALL })] }));
}

/** The page shared in proportion to the columns' widths, each wide enough for two characters and the cell margins. */
function columnWidths(chars: number[]): number[] {
  const narrow = chars.map((c) => c <= 8);
  const fixed = narrow.reduce((n, isNarrow) => n + (isNarrow ? MIN_COLUMN : 0), 0);
  const rest = chars.reduce((n, c, k) => n + (narrow[k] ? 0 : c), 0);
  return chars.map((c, k) => (narrow[k] ? MIN_COLUMN : Math.floor(((TEXT_WIDTH - fixed) * c) / rest)));
}

export async function buildTableDocx(table: TableModel): Promise<Buffer> {
  const widths = columnWidths(table.columns.map((c) => c.width));
  const borders = { top: LINE, bottom: LINE, left: LINE, right: LINE };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (c, k) =>
        new TableCell({
          width: { size: widths[k]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F1' },
          borders,
          children: cellParagraphs(c.header, true),
        }),
    ),
  });
  const rows = table.rows.map(
    (cells, i) =>
      new TableRow({
        children: cells.map(
          (cell, k) =>
            new TableCell({
              width: { size: widths[k]!, type: WidthType.DXA },
              borders,
              ...(table.highlighted?.has(i) ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF2CC' } } : {}),
              children: cellParagraphs(cell),
            }),
        ),
      }),
  );
  const body = [
    new SafeParagraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: table.title }),
    ...(table.subtitle
      ? [new SafeParagraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new SafeRun({ text: table.subtitle, color: GREY })] })]
      : []),
    table.rows.length > 0
      ? new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] })
      : new SafeParagraph({ text: '没有可列出的内容。' }),
  ];
  const doc = new Document({
    creator: '政策阅读器',
    title: table.title,
    styles: {
      default: { document: { run: { font: BODY_FONT, size: 24 }, paragraph: { spacing: { line: 300 } } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: HEADING_FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
      ],
    },
    sections: [{ properties: { page: { size: { ...PAGE, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } }, children: body }],
  });
  return Packer.toBuffer(doc);
}
