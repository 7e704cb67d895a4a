import type { Locale } from '../../messages/locale';
import { prepareColumns, totalNumFmt } from '../columns';
import { prepareDetails } from '../details';
import type { ReportDefinition } from '../definition';
import { captionIn, reportLabel } from '../labels';
import { columnWidths, frozenViews } from '../sheet-layout';
import { safeSheetName } from '../sheet-names';
import { newReportWorkbook, printSetup, workbookToBuffer } from '../xlsx';

export interface MakeTemplateOptions {
  locale?: Locale;
}

const HEADER_STYLE = {
  font: { bold: true },
  fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE7E6E6' } },
  border: { top: { style: 'thin' as const }, bottom: { style: 'thin' as const }, left: { style: 'thin' as const }, right: { style: 'thin' as const } },
  alignment: { vertical: 'middle' as const, wrapText: true },
};

/**
 * The template a user downloads to edit: the report's own layout with placeholders where the data goes.
 *
 *   1  {{title}}
 *   2  {{company}}
 *   3  {{parameters}}
 *   4  Сформовано: {{generatedAt}}
 *   5… «Покупець: {{detail.buyer}}», one line per detail of a report of one record (an invoice)
 *   6  the captions (frozen, autofilter)
 *   7  {{row.<field>}} per column, with the column's number format: repeated for every report row
 *   8  Усього and {{total.<field>}} under the columns that have a total
 *
 * Anything may be changed in Excel or LibreOffice: fonts, fills, a logo, texts and formulas anywhere,
 * columns removed or moved. The placeholders decide what is filled in.
 */
export async function makeReportTemplate(definition: ReportDefinition<any, any, any>, sheetIndex = 0, options: MakeTemplateOptions = {}): Promise<Buffer> {
  const sheet = definition.sheets[sheetIndex];
  if (!sheet) throw new RangeError(`report "${definition.key}" has no sheet ${sheetIndex}`);
  const locale = options.locale ?? 'uk';
  const columns = prepareColumns(sheet, locale);
  const title = captionIn(definition.title, locale);
  const workbook = newReportWorkbook({ title, generatedAt: new Date(), timeZone: 'UTC', locale });

  const details = prepareDetails(definition, null, locale, 'UTC').columns;
  const headerRow = 6 + details.length;
  const dataRow = headerRow + 1;
  const worksheet = workbook.addWorksheet(safeSheetName(captionIn(sheet.name, locale), new Set()), {
    views: frozenViews(headerRow),
    pageSetup: printSetup(headerRow),
  });
  worksheet.getCell('A1').value = '{{title}}';
  worksheet.getCell('A1').font = { bold: true, size: 14 };
  worksheet.getCell('A2').value = '{{company}}';
  worksheet.getCell('A3').value = '{{parameters}}';
  worksheet.getCell('A4').value = `${reportLabel('generatedAt', locale)}: {{generatedAt}}`;
  details.forEach((detail, index) => {
    worksheet.getCell(`A${5 + index}`).value = `${detail.caption}: {{detail.${detail.field}}}`;
  });

  const labelColumn = columns.findIndex((column) => !column.total);
  columns.forEach((column, i) => {
    const header = worksheet.getCell(headerRow, i + 1);
    header.value = column.caption;
    header.style = HEADER_STYLE;

    const data = worksheet.getCell(dataRow, i + 1);
    data.value = `{{row.${column.field}}}`;
    if (column.numFmt) data.numFmt = column.numFmt;

    const total = worksheet.getCell(dataRow + 1, i + 1);
    total.font = { bold: true };
    total.border = { top: { style: 'thin' } };
    if (column.total) {
      total.value = `{{total.${column.field}}}`;
      const numFmt = totalNumFmt(column, column.total);
      if (numFmt) total.numFmt = numFmt;
    } else if (i === labelColumn) total.value = reportLabel('grandTotal', locale);
  });
  worksheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: dataRow, column: columns.length } };
  columnWidths(columns, null).forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  return workbookToBuffer(workbook);
}
