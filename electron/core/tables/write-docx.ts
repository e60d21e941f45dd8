import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
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
import type { TableCell as ModelCell, TableColumn, TableModel } from './table-model';

// A4 landscape, in twentieths of a point; the margins of the annotation export.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1440, left: 1588, right: 1474 };
const TEXT_WIDTH = PAGE.height - MARGIN.left - MARGIN.right;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const SMALL = 20;
/** One character of SMALL text, and the cell's left and right margins (twips). */
const CHAR = 200;
const CELL_MARGINS = 260;

function cellParagraphs(cell: ModelCell, bold = false): Paragraph[] {
  if (typeof cell === 'object' && !Array.isArray(cell)) {
    // The source links back to the paragraph in the app.
    const run = new SafeRun({ text: cell.text, size: SMALL, color: '2F5D9B', underline: { type: UnderlineType.SINGLE } });
    return [new SafeParagraph({ children: [new ExternalHyperlink({ link: cell.link, children: [run] })] })];
  }
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

/** The page shared in proportion to the columns' widths, each wide enough for its fewest characters and the cell margins. */
function columnWidths(columns: readonly TableColumn[]): number[] {
  const least = columns.map((c) => CELL_MARGINS + CHAR * (c.minChars ?? 2));
  const total = columns.reduce((n, c) => n + c.width, 0);
  const wanted = columns.map((c) => (TEXT_WIDTH * c.width) / total);
  const pinned = wanted.map((w, k) => w < least[k]!);
  const fixed = least.reduce((n, w, k) => n + (pinned[k] ? w : 0), 0);
  const rest = columns.reduce((n, c, k) => n + (pinned[k] ? 0 : c.width), 0);
  return columns.map((c, k) => Math.floor(pinned[k] ? least[k]! : ((TEXT_WIDTH - fixed) * c.width) / rest));
}

export async function buildTableDocx(table: TableModel): Promise<Buffer> {
  const widths = columnWidths(table.columns);
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
