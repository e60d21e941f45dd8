import type ExcelJS from 'exceljs';
import { xmlSafeText } from '../export/xml-safe-text';
import type { TableCell, TableModel } from './table-model';

const HEADER_FILL = 'FFDCE6F1';
const DIFF_FILL = 'FFFFF2CC';
const BORDER = { style: 'thin' as const, color: { argb: 'FFB4B4B4' } };

function cellValue(cell: TableCell, numeric: boolean | undefined): ExcelJS.CellValue {
  if (typeof cell === 'object' && !Array.isArray(cell)) return { text: xmlSafeText(cell.text), hyperlink: cell.link };
  if (typeof cell !== 'string') {
    return {
      richText: cell.map((run) => ({
        text: xmlSafeText(run.text),
        font: run.op === 'delete' ? { strike: true, color: { argb: 'FFC00000' } } : run.op === 'insert' ? { underline: true, color: { argb: 'FF0070C0' } } : {},
      })),
    };
  }
  const text = xmlSafeText(cell);
  return numeric && /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
}

/** One sheet: bold shaded header row, frozen; column widths; wrapped text; thin borders. */
export async function buildXlsx(table: TableModel): Promise<Buffer> {
  // Loaded when a table is exported: exceljs costs every process that starts (the CLI) about 30 MB.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = '政策阅读器';
  book.title = xmlSafeText(table.title);
  const sheet = book.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
  });
  table.rows.forEach((cells, i) => {
    const row = sheet.addRow(cells.map((c, k) => cellValue(c, table.columns[k]?.numeric)));
    row.alignment = { vertical: 'top', wrapText: true };
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.hyperlink) cell.font = { color: { argb: 'FF2F5D9B' }, underline: true };
      cell.border = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
      if (table.highlighted?.has(i)) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: DIFF_FILL } };
    });
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
