import { aggregateRows, withShares } from '../aggregate';
import type { ReportDefinition, ReportRow } from '../definition';
import { countColumn, currencyParameter, managerParameter, moneyColumn, monthOf, periodParameter, productGroupParameter, shareColumn, textColumn } from './common';

/** One specification line of an issued invoice, with what the report groups it by. */
export interface SalesLine {
  invoiceId: number | string;
  /** the invoice's date, YYYY-MM-DD */
  date: string;
  manager: string | null;
  client: string | null;
  industry: string | null;
  segment: string | null;
  productGroup: string | null;
  net: string | number | null;
  total: string | number | null;
}

const MANAGER = { uk: 'Менеджер', en: 'Manager' };
const NET = { uk: 'Сума без ПДВ', en: 'Net amount' };
const TOTAL = { uk: 'Сума з ПДВ', en: 'Amount incl. VAT' };
const GROUP = { uk: 'Група товарів', en: 'Product group' };

/**
 * Sales volume and structure: what was sold (issued invoices, cancelled and drafts left out, by the
 * invoice's date) by month, manager, product group and the client's industry and segment, with each
 * manager's share. A sale is its manager's: the employee who issued the invoice, else the client's
 * responsible manager.
 */
export const salesVolumeReport = {
  key: 'sales-volume',
  title: { uk: 'Обсяг і структура продажів', en: 'Sales volume and structure' },
  section: 'sales',
  parameters: [periodParameter(), managerParameter, productGroupParameter, currencyParameter],
  sheets: [
    {
      name: { uk: 'За місяцями', en: 'By month' },
      columns: [textColumn('month', { uk: 'Місяць', en: 'Month' }, 10), textColumn('manager', MANAGER), textColumn('productGroup', GROUP), moneyColumn('net', NET), moneyColumn('total', TOTAL)],
      groupBy: ['month'],
      sort: [{ field: 'total', direction: 'desc' }],
      chart: { category: 'month', series: ['total'] },
    },
    {
      name: { uk: 'За менеджерами', en: 'By manager' },
      columns: [textColumn('manager', MANAGER), countColumn('invoices', { uk: 'Рахунків', en: 'Invoices' }), moneyColumn('net', NET), moneyColumn('total', TOTAL), shareColumn('share')],
      sort: [{ field: 'total', direction: 'desc' }],
      chart: { category: 'manager', series: ['total'] },
    },
    {
      name: { uk: 'За групами товарів', en: 'By product group' },
      columns: [textColumn('productGroup', GROUP), moneyColumn('net', NET), moneyColumn('total', TOTAL), shareColumn('share')],
      sort: [{ field: 'total', direction: 'desc' }],
      chart: { category: 'productGroup', series: ['total'] },
    },
    {
      name: { uk: 'За галузями і сегментами', en: 'By industry and segment' },
      columns: [textColumn('industry', { uk: 'Галузь', en: 'Industry' }), textColumn('segment', { uk: 'Сегмент ринку', en: 'Market segment' }), moneyColumn('net', NET), moneyColumn('total', TOTAL), shareColumn('share')],
      groupBy: ['industry'],
      sort: [{ field: 'total', direction: 'desc' }],
    },
  ],
} satisfies Omit<ReportDefinition, 'query' | 'pages'>;

const amounts = { net: (line: SalesLine) => line.net, total: (line: SalesLine) => line.total };

/** The four sheets' rows from the period's sales lines. */
export function salesVolumeSheets(lines: readonly SalesLine[]): ReportRow[][] {
  const byMonth = aggregateRows(lines, { by: { month: (line) => monthOf(line.date), manager: (line) => line.manager, productGroup: (line) => line.productGroup }, money: amounts });
  const invoicesOf = new Map<string | null, Set<string | number>>();
  for (const line of lines) {
    const invoices = invoicesOf.get(line.manager) ?? new Set();
    invoices.add(line.invoiceId);
    invoicesOf.set(line.manager, invoices);
  }
  const byManager = aggregateRows(lines, { by: { manager: (line) => line.manager }, money: amounts }).map((row) => ({
    manager: row.manager,
    invoices: invoicesOf.get(row.manager as string | null)?.size ?? 0,
    net: row.net,
    total: row.total,
  }));
  const byGroup = aggregateRows(lines, { by: { productGroup: (line) => line.productGroup }, money: amounts });
  const byIndustry = aggregateRows(lines, { by: { industry: (line) => line.industry, segment: (line) => line.segment }, money: amounts });
  return [byMonth, withShares(byManager, 'total', 'share'), withShares(byGroup, 'total', 'share'), withShares(byIndustry, 'total', 'share')];
}
