import { Workbook, Worksheet } from 'exceljs';
import { failWith } from '../../messages/render';
import { ok, Result } from '../../result';
import type { ReportDefinition } from '../definition';
import { cellText, findPlaceholders } from './placeholders';

/** Where a checked template wants the report's data. */
export interface TemplateLayout {
  /** The sheet holding the data row. */
  sheetName: string;
  /** The row of {{row.…}} placeholders, repeated once per report row. */
  dataRow: number;
  /** The fields the data row shows, left to right (a field may appear twice, or inside a text). */
  fields: string[];
  /** The fields whose totals the template shows. */
  totals: string[];
}

/** Every .xlsx is a zip whose directory names the workbook part. */
function looksLikeXlsx(file: Uint8Array): boolean {
  const buffer = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  return buffer.length > 4 && buffer.readUInt32LE(0) === 0x04034b50 && buffer.includes('xl/workbook.xml');
}

/** Reads an uploaded file as a workbook; anything exceljs cannot read is not an .xlsx to us. */
export async function loadTemplate(file: Uint8Array): Promise<Result<Workbook>> {
  if (!looksLikeXlsx(file)) return failWith('report.template.notXlsx');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(file.buffer, file.byteOffset, file.byteLength) as never);
  } catch {
    return failWith('report.template.notXlsx');
  }
  return ok(workbook);
}

interface PlacedText {
  worksheet: Worksheet;
  address: string;
  row: number;
  text: string;
}

/** Every text cell of the workbook that holds a placeholder; merged cells once, at their top-left cell. */
function placedTexts(workbook: Workbook): PlacedText[] {
  const placed: PlacedText[] = [];
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow((row, rowNumber) => {
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const text = cellText(cell.value);
        if (text !== null && text.includes('{{')) placed.push({ worksheet, address: cell.address, row: rowNumber, text });
      });
    });
  }
  return placed;
}

const rowsOfRange = (range: string): [number, number] => {
  const rows = range.match(/\d+/g)?.map(Number) ?? [];
  return [Math.min(...rows), Math.max(...rows)];
};

/**
 * Checks a loaded template against the report's sheet `sheetIndex` and finds its layout. The reasons
 * name the cell: an unknown placeholder, a field the report does not have, a total it does not compute,
 * no data row or several, merged cells that tie the data row to its neighbours, an Excel table (its
 * range would not grow with the rows).
 */
export function scanTemplate(definition: ReportDefinition<any, any, any>, workbook: Workbook, sheetIndex = 0): Result<TemplateLayout> {
  const sheet = definition.sheets[sheetIndex];
  if (!sheet) throw new RangeError(`report "${definition.key}" has no sheet ${sheetIndex}`);
  if (workbook.worksheets.length === 0) return failWith('report.template.noSheet');
  const columns = new Map(sheet.columns.map((column) => [column.field as string, column]));
  const parameterKeys = new Set(definition.parameters.map((parameter) => parameter.key));
  const detailFields = new Set((definition.details ?? []).map((detail) => detail.field as string));
  const severalSheets = workbook.worksheets.length > 1;

  const dataCells: PlacedText[] = [];
  const fields: string[] = [];
  const totals: string[] = [];
  for (const place of placedTexts(workbook)) {
    const cell = severalSheets ? `${place.worksheet.name}!${place.address}` : place.address;
    for (const { text, placeholder } of findPlaceholders(place.text)) {
      if (placeholder.kind === 'unknown' || (placeholder.kind === 'parameter' && !parameterKeys.has(placeholder.key))) {
        return failWith('report.template.unknownPlaceholder', { placeholder: text, cell });
      }
      if (placeholder.kind === 'detail' && !detailFields.has(placeholder.field)) {
        return failWith('report.template.unknownField', { field: placeholder.field, placeholder: text, cell });
      }
      if (placeholder.kind !== 'row' && placeholder.kind !== 'total') continue;
      const column = columns.get(placeholder.field);
      if (!column) return failWith('report.template.unknownField', { field: placeholder.field, placeholder: text, cell });
      if (placeholder.kind === 'total') {
        if (!column.total) return failWith('report.template.noTotal', { field: placeholder.field, cell });
        totals.push(placeholder.field);
      } else {
        dataCells.push(place);
        fields.push(placeholder.field);
      }
    }
  }

  if (dataCells.length === 0) return failWith('report.template.noDataRow');
  const sheetNames = Array.from(new Set(dataCells.map((place) => place.worksheet.name)));
  if (sheetNames.length > 1) return failWith('report.template.severalSheets', { sheets: sheetNames.join(', ') });
  const rows = Array.from(new Set(dataCells.map((place) => place.row))).sort((a, b) => a - b);
  if (rows.length > 1) return failWith('report.template.severalRows', { rows: rows.join(', ') });

  const worksheet = dataCells[0].worksheet;
  const dataRow = rows[0];
  for (const range of worksheet.model.merges ?? []) {
    const [top, bottom] = rowsOfRange(range);
    if (top <= dataRow && bottom >= dataRow && top !== bottom) return failWith('report.template.mergedDataRow', { range });
  }
  const tables = Object.keys((worksheet as unknown as { tables?: Record<string, unknown> }).tables ?? {});
  if (tables.length > 0) return failWith('report.template.excelTable', { name: tables[0] });

  return ok({ sheetName: worksheet.name, dataRow, fields, totals: Array.from(new Set(totals)) });
}

/**
 * Checks an uploaded template for the report's sheet `sheetIndex` (the first by default): the upload is
 * refused with the failure's code and params (catalog messages in Ukrainian and English), or its layout
 * is returned to be shown ("the template fills 5 fields, totals of 2").
 */
export async function checkReportTemplate(definition: ReportDefinition<any, any, any>, file: Uint8Array, sheetIndex = 0): Promise<Result<TemplateLayout>> {
  const loaded = await loadTemplate(file);
  if (!loaded.ok) return failWith(loaded.code as never, loaded.params);
  return scanTemplate(definition, loaded.value, sheetIndex);
}
