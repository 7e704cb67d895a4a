import { defineReport, ReportRow } from '../../src/domain/reports';

/**
 * A small sales report with a hand-computed data set, shared by the report engine's tests.
 *
 * Sorted by manager (Коваль, Петренко, then the blank one), then by date:
 *
 *   manager   counterparty   date        invoices  amount        share   paidAt (Kyiv)
 *   Коваль    ФОП Іваненко   2026-11-02  1         1234.50       50%     02.11.2026 09:00
 *   Коваль    ТОВ «Гамма»    2026-11-05  1         1000000.01    25%     —
 *     Разом: Коваль          count 2     2         1001234.51    37,5%
 *   Петренко  ТОВ «Бета»     2026-11-01  3         0.20          33,3%   01.11.2026 23:30 (21:30Z)
 *   Петренко  ТОВ «Альфа»    2026-11-03  2         0.10          12,5%   03.11.2026 12:15
 *     Разом: Петренко        count 2     5         0.30          22,9%   (0.10 + 0.20: exact, not 0.30000000000000004)
 *   (blank)   ПП «Дельта»    2026-11-04  0         10.00         —
 *     Разом: (не вказано)    count 1     0         10.00         —
 *   Усього                   count 5     7         1001244.81    30,2%   ((500 + 250 + 333 + 125) / 4 = 302 thousandths)
 */
export const SALES_ROWS: ReportRow[] = [
  { manager: 'Петренко', counterparty: 'ТОВ «Альфа»', date: '2026-11-03', invoices: 2, amount: '0.10', share: 0.125, paidAt: '2026-11-03T10:15:00Z' },
  { manager: 'Коваль', counterparty: 'ФОП Іваненко', date: '2026-11-02', invoices: 1, amount: '1234.50', share: 0.5, paidAt: '2026-11-02T07:00:00.000Z' },
  { manager: 'Петренко', counterparty: 'ТОВ «Бета»', date: '2026-11-01', invoices: 3, amount: '0.20', share: 0.3333333, paidAt: '2026-11-01T21:30:00Z' },
  { manager: 'Коваль', counterparty: 'ТОВ «Гамма»', date: '2026-11-05', invoices: 1, amount: '1000000.01', share: '0.25', paidAt: null },
  { manager: null, counterparty: 'ПП «Дельта»', date: '2026-11-04', invoices: 0, amount: '10.00', share: null, paidAt: undefined },
];

export const salesReport = defineReport({
  key: 'sales-by-manager',
  title: { uk: 'Продажі за менеджерами', en: 'Sales by manager' },
  section: 'sales',
  parameters: [
    { key: 'period', kind: 'period', caption: { uk: 'Період', en: 'Period' }, required: true, maxDays: 366 },
    { key: 'manager', kind: 'employee', caption: { uk: 'Менеджер', en: 'Manager' }, multiple: true },
    {
      key: 'state',
      kind: 'enum',
      caption: { uk: 'Стан рахунків', en: 'Invoice state' },
      options: [
        { value: 'paid', caption: { uk: 'Оплачені', en: 'Paid' } },
        { value: 'unpaid', caption: { uk: 'Неоплачені', en: 'Unpaid' } },
        { value: 'all', caption: { uk: 'Усі', en: 'All' } },
      ],
      default: 'all',
    },
    { key: 'note', kind: 'text', caption: { uk: 'Примітка', en: 'Note' }, maxLength: 20 },
  ],
  sheets: [
    {
      name: { uk: 'Продажі', en: 'Sales' },
      columns: [
        { field: 'manager', caption: { uk: 'Менеджер', en: 'Manager' }, type: 'text' },
        { field: 'counterparty', caption: { uk: 'Контрагент', en: 'Counterparty' }, type: 'text', total: 'count' },
        { field: 'date', caption: { uk: 'Дата', en: 'Date' }, type: 'date' },
        { field: 'invoices', caption: { uk: 'Рахунків', en: 'Invoices' }, type: 'integer', total: 'sum' },
        { field: 'amount', caption: { uk: 'Сума, грн', en: 'Amount, UAH' }, type: 'money', total: 'sum' },
        { field: 'share', caption: { uk: 'Частка оплат', en: 'Paid share' }, type: 'percent', total: 'avg' },
        { field: 'paidAt', caption: { uk: 'Остання оплата', en: 'Last payment' }, type: 'datetime' },
      ],
      groupBy: ['manager'],
      sort: [{ field: 'date' }],
      chart: { category: 'manager', series: ['amount', 'invoices'] },
    },
  ],
});

/** The same rows under a department, for nested groups: Продажі holds Коваль and Петренко, Сервіс the blank manager. */
export const DEPARTMENT_ROWS: ReportRow[] = SALES_ROWS.map((row) => ({ ...row, department: row.manager ? 'Продажі' : 'Сервіс' }));

export const departmentReport = defineReport({
  key: 'sales-by-department',
  title: { uk: 'Продажі за відділами', en: 'Sales by department' },
  section: 'sales',
  parameters: [],
  sheets: [
    {
      name: { uk: 'За відділами: [усі]/підсумки?', en: 'By department' },
      columns: [
        { field: 'department', caption: { uk: 'Відділ', en: 'Department' }, type: 'text' },
        ...salesReport.sheets[0].columns,
      ],
      groupBy: ['department', 'manager'],
      sort: [{ field: 'amount', direction: 'desc' }],
    },
    {
      name: { uk: 'Контрагенти', en: 'Counterparties' },
      columns: [
        { field: 'counterparty', caption: { uk: 'Контрагент', en: 'Counterparty' }, type: 'text' },
        { field: 'amount', caption: { uk: 'Сума, грн', en: 'Amount, UAH' }, type: 'money', total: 'sum' },
      ],
      sort: [{ field: 'counterparty' }],
    },
  ],
});

/** Plain spaces in expectations, no-break spaces in the output (as the formatters write them). */
export const ua = (text: string) => text.replace(/ /g, '\u00a0');
