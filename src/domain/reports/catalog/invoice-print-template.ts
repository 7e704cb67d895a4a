import { Workbook } from 'exceljs';
import { prepareColumns } from '../columns';
import { workbookToBuffer } from '../xlsx';
import { invoicePrintReport } from './invoice-print';

const THIN = { style: 'thin' as const };
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/**
 * The built-in «Рахунок на оплату»: the layout Ukrainian invoices are printed in (supplier and buyer with
 * their requisites, the title with number and date, the lines with VAT, totals, the amount in words, who
 * issued it), made of placeholders like any report template — so a company downloads it, puts its logo and
 * stamp on it in Excel, and uploads it back.
 */
export async function makeInvoicePrintTemplate(): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Vitrylo';
  const sheet = workbook.addWorksheet('Рахунок', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
  });
  const columns = prepareColumns(invoicePrintReport.sheets[0], 'uk');
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width ?? 12;
  });
  const last = columns.length;
  const line = (row: number, label: string, value: string, bold = false) => {
    sheet.getCell(row, 1).value = label;
    sheet.getCell(row, 1).font = { bold: true };
    sheet.mergeCells(row, 2, row, last);
    sheet.getCell(row, 2).value = value;
    if (bold) sheet.getCell(row, 2).font = { bold: true };
  };
  line(1, 'Постачальник', '{{detail.supplier}}', true);
  line(2, '', 'код ЄДРПОУ {{detail.supplierCode}}, ІПН {{detail.supplierVatNumber}}');
  line(3, '', 'IBAN {{detail.supplierIban}}, {{detail.supplierBank}}');
  line(4, '', '{{detail.supplierAddress}}, тел. {{detail.supplierPhone}}');
  line(6, 'Покупець', '{{detail.buyer}}', true);
  line(7, '', 'код {{detail.buyerCode}}, {{detail.buyerAddress}}');
  line(8, 'Договір', '{{detail.contract}}');

  sheet.mergeCells(10, 1, 10, last);
  const title = sheet.getCell(10, 1);
  title.value = 'Рахунок на оплату № {{detail.number}} від {{detail.date}}';
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };

  const header = 12;
  const data = header + 1;
  columns.forEach((column, index) => {
    const caption = sheet.getCell(header, index + 1);
    caption.value = column.caption;
    caption.font = { bold: true };
    caption.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    caption.border = BOX;
    caption.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    const cell = sheet.getCell(data, index + 1);
    cell.value = `{{row.${column.field}}}`;
    cell.border = BOX;
    if (column.numFmt) cell.numFmt = column.numFmt;
    if (column.type === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
  });

  const totals: Array<[string, string]> = [
    ['Разом без ПДВ:', '{{total.net}}'],
    ['ПДВ:', '{{total.vat}}'],
    ['Усього з ПДВ:', '{{total.total}}'],
  ];
  totals.forEach(([label, value], index) => {
    const row = data + 1 + index;
    sheet.mergeCells(row, 1, row, last - 1);
    const labelCell = sheet.getCell(row, 1);
    labelCell.value = label;
    labelCell.alignment = { horizontal: 'right' };
    labelCell.font = { bold: true };
    const valueCell = sheet.getCell(row, last);
    valueCell.value = value;
    valueCell.numFmt = '#,##0.00';
    valueCell.font = { bold: true };
  });

  const words = data + 5;
  sheet.mergeCells(words, 1, words, last);
  sheet.getCell(words, 1).value = 'Всього на суму: {{detail.amountInWords}}, у т. ч. ПДВ {{detail.totalVat}} ({{detail.currency}})';
  sheet.getCell(words, 1).font = { bold: true };
  sheet.mergeCells(words + 1, 1, words + 1, last);
  sheet.getCell(words + 1, 1).value = 'Сплатити до {{detail.dueDate}}';
  sheet.mergeCells(words + 3, 1, words + 3, last);
  sheet.getCell(words + 3, 1).value = 'Виписав(ла): ____________________  {{detail.author}}';
  return workbookToBuffer(workbook);
}
