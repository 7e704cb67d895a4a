import { DomainValidationError } from '../../src/domain/errors';
import { formatIssuesIn } from '../../src/domain/messages';
import {
  buildReportTable,
  defineReport,
  describeReportParameters,
  readReportParameters,
  reportDefinitionProblems,
  ReportTableGroup,
  safeSheetName,
} from '../../src/domain/reports';
import { DEPARTMENT_ROWS, departmentReport, SALES_ROWS, salesReport, ua } from '../helpers/report-fixtures';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainValidationError) return error.details;
    throw error;
  }
  throw new Error('expected a DomainValidationError');
};

describe('report parameters', () => {
  it('reads a period, a list of managers, an enum default and a text', () => {
    const parameters = readReportParameters(salesReport, { period: { from: '2026-11-01', to: '2026-11-30' }, manager: 'abc123,def456', note: '  опт  ' });
    expect(parameters).toEqual({ period: { from: '2026-11-01', to: '2026-11-30' }, manager: ['abc123', 'def456'], state: 'all', note: 'опт' });
    expect(readReportParameters(salesReport, { period: { from: '2026-11-01', to: '2026-11-01' }, manager: [7, 'x7'], state: 'paid' })).toMatchObject({
      manager: ['7', 'x7'],
      state: 'paid',
      note: null,
    });
  });

  it('names every bad parameter in one error, with catalog codes', () => {
    const issues = refusal(() =>
      readReportParameters(salesReport, { period: { from: '2026-02-30', to: '' }, manager: ['ok', 'no spaces'], state: 'maybe', note: 'x'.repeat(21), sort: 'amount' }),
    );
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['sort', 'report.unknownParameter'],
      ['period.from', 'type.localDate'],
      ['period.to', 'required'],
      ['manager', 'query.documentId'],
      ['state', 'request.oneOf'],
      ['note', 'text.tooLong'],
    ]);
    expect(formatIssuesIn(issues.slice(0, 1), 'uk')).toBe('sort: у цього звіту немає такого параметра');
  });

  it('a required period, its order and its length', () => {
    expect(refusal(() => readReportParameters(salesReport, {})).map((i) => [i.field, i.code])).toEqual([['period', 'required']]);
    expect(refusal(() => readReportParameters(salesReport, { period: '2026-11' })).map((i) => i.code)).toEqual(['type.object']);
    expect(refusal(() => readReportParameters(salesReport, { period: { from: '2026-11-30', to: '2026-11-01' } })).map((i) => [i.field, i.code])).toEqual([
      ['period.to', 'period.toBeforeFrom'],
    ]);
    const tooLong = refusal(() => readReportParameters(salesReport, { period: { from: '2025-01-01', to: '2026-01-02' } }));
    expect(tooLong.map((i) => [i.field, i.code, i.params])).toEqual([['period', 'report.periodTooLong', { max: 366 }]]);
    expect(formatIssuesIn(tooLong, 'uk')).toBe('period: період має бути не довшим за 366 днів');
    expect(readReportParameters(salesReport, { period: { from: '2025-01-01', to: '2025-12-31' } }).period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('a single-choice enum takes one value only', () => {
    expect(refusal(() => readReportParameters(salesReport, { period: { from: '2026-11-01', to: '2026-11-02' }, state: 'paid,unpaid' })).map((i) => i.code)).toEqual([
      'request.oneOf',
    ]);
  });

  it('describes the given parameters for the heading, in both languages', () => {
    const values = readReportParameters(salesReport, { period: { from: '2026-11-01', to: '2026-11-30' }, manager: 'abc123', state: 'unpaid' });
    expect(describeReportParameters(salesReport, values, { names: { manager: 'Петренко Олена' } })).toEqual([
      { key: 'period', kind: 'period', caption: 'Період', text: 'листопад 2026' },
      { key: 'manager', kind: 'employee', caption: 'Менеджер', text: 'Петренко Олена' },
      { key: 'state', kind: 'enum', caption: 'Стан рахунків', text: 'Неоплачені' },
    ]);
    expect(describeReportParameters(salesReport, { ...values, period: { from: '2026-11-03', to: '2026-11-09' } }, { locale: 'en' }).map((line) => line.text)).toEqual([
      '03.11.2026–09.11.2026',
      'abc123',
      'Unpaid',
    ]);
  });
});

describe('report definitions', () => {
  it('a sound definition has no problems', () => {
    expect(reportDefinitionProblems(salesReport)).toEqual([]);
    expect(reportDefinitionProblems(departmentReport)).toEqual([]);
  });

  it('names the developer’s mistakes', () => {
    const broken = {
      ...salesReport,
      key: 'Sales',
      parameters: [...salesReport.parameters, { key: 'period', kind: 'date' as const, caption: { uk: 'Дата', en: 'Date' } }],
      sheets: [
        {
          ...salesReport.sheets[0],
          columns: [...salesReport.sheets[0].columns, { field: 'note', caption: { uk: 'Примітка', en: 'Note' }, type: 'text' as const, total: 'sum' as const }],
          groupBy: ['region'],
          chart: { category: 'manager', series: ['counterparty'] },
        },
      ],
    };
    expect(reportDefinitionProblems(broken)).toEqual([
      'key "Sales" must be lower-case words joined by "-"',
      'parameter "period" is declared twice',
      'sheets[0]: column "note" of type text cannot have a sum',
      'sheets[0]: groupBy field "region" is not a column',
      'sheets[0]: chart series "counterparty" is not a number column',
    ]);
    expect(() => defineReport(broken)).toThrow(/report "Sales": key/);
  });

  it('sheet names follow Excel’s rules', () => {
    const taken = new Set<string>();
    expect(safeSheetName('За відділами: [усі]/підсумки?', taken)).toBe('За відділами усі підсумки');
    expect(safeSheetName('за відділами усі підсумки', taken)).toBe('за відділами усі підсумки (2)');
    expect(safeSheetName("'Дебіторська заборгованість за контрагентами'", taken)).toBe('Дебіторська заборгованість за к');
    expect(safeSheetName('Дебіторська заборгованість за контрагентами', taken)).toBe('Дебіторська заборгованість (2)');
    expect(safeSheetName('***', taken)).toBe('Аркуш');
    for (const name of taken) expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('report table (the screen’s JSON)', () => {
  const table = buildReportTable(salesReport.sheets[0], SALES_ROWS, { timeZone: 'Europe/Kyiv' });

  it('captions and types in the locale', () => {
    expect(table.name).toBe('Продажі');
    expect(table.columns.map((c) => [c.field, c.caption, c.type, c.total])).toEqual([
      ['manager', 'Менеджер', 'text', null],
      ['counterparty', 'Контрагент', 'text', 'count'],
      ['date', 'Дата', 'date', null],
      ['invoices', 'Рахунків', 'integer', 'sum'],
      ['amount', 'Сума, грн', 'money', 'sum'],
      ['share', 'Частка оплат', 'percent', 'avg'],
      ['paidAt', 'Остання оплата', 'datetime', null],
    ]);
    expect(buildReportTable(salesReport.sheets[0], [], { locale: 'en' }).columns.map((c) => c.caption)[4]).toBe('Amount, UAH');
  });

  it('rows sorted by group, then by date; raw values and display text', () => {
    expect(table.rows.map((row) => row.values.counterparty)).toEqual(['ФОП Іваненко', 'ТОВ «Гамма»', 'ТОВ «Бета»', 'ТОВ «Альфа»', 'ПП «Дельта»']);
    expect(table.rows[1].values).toEqual({ manager: 'Коваль', counterparty: 'ТОВ «Гамма»', date: '2026-11-05', invoices: 1, amount: '1000000.01', share: '0.25', paidAt: null });
    expect(table.rows[1].text).toEqual({ manager: 'Коваль', counterparty: 'ТОВ «Гамма»', date: '05.11.2026', invoices: '1', amount: ua('1 000 000,01'), share: '25,0%', paidAt: '' });
    expect(table.rows[2].text).toMatchObject({ share: '33,3%', paidAt: '01.11.2026 23:30' });
    expect(table.rows[3].text).toMatchObject({ share: '12,5%', paidAt: '03.11.2026 12:15' });
  });

  it('group subtotals and the grand total, exact', () => {
    const summary = (group: ReportTableGroup) => ({
      text: group.text,
      rows: [group.firstRow, group.rowCount],
      counterparty: group.total.counterparty.value,
      invoices: group.total.invoices.value,
      amount: group.total.amount.value,
      share: group.total.share.value,
    });
    expect(table.groups.map(summary)).toEqual([
      { text: 'Коваль', rows: [0, 2], counterparty: 2, invoices: 2, amount: '1001234.51', share: '0.375' },
      { text: 'Петренко', rows: [2, 2], counterparty: 2, invoices: 5, amount: '0.30', share: '0.229' },
      { text: '(не вказано)', rows: [4, 1], counterparty: 1, invoices: 0, amount: '10.00', share: null },
    ]);
    expect(table.groups[0].value).toBe('Коваль');
    expect(table.groups[2].value).toBeNull();
    expect(table.total).toEqual({
      counterparty: { kind: 'count', value: 5, text: '5', excel: 5 },
      invoices: { kind: 'sum', value: 7, text: '7', excel: 7 },
      amount: { kind: 'sum', value: '1001244.81', text: ua('1 001 244,81'), excel: 1001244.81 },
      share: { kind: 'avg', value: '0.302', text: '30,2%', excel: 0.302 },
    });
    expect(table.groups[1].total.amount.text).toBe('0,30');
    expect(table.groups[2].total.share.text).toBe('');
  });

  it('chart points: the series summed by category', () => {
    expect(table.chart).toMatchObject({
      category: { field: 'manager', caption: 'Менеджер' },
      series: [{ field: 'amount' }, { field: 'invoices' }],
    });
    expect(table.chart!.points.map((p) => [p.category, ...p.values.map((v) => v.value)])).toEqual([
      ['Коваль', '1001234.51', 2],
      ['Петренко', '0.30', 5],
      ['(не вказано)', '10.00', 0],
    ]);
  });

  it('nested groups in groupBy order, inner groups sorted by the sort keys', () => {
    const nested = buildReportTable(departmentReport.sheets[0], DEPARTMENT_ROWS);
    expect(nested.groups.map((g) => [g.text, g.firstRow, g.rowCount, g.total.amount.value, g.groups.map((inner) => [inner.text, inner.total.amount.value])])).toEqual([
      ['Продажі', 0, 4, '1001234.81', [['Коваль', '1001234.51'], ['Петренко', '0.30']]],
      ['Сервіс', 4, 1, '10.00', [['(не вказано)', '10.00']]],
    ]);
    // amount descending within a manager
    expect(nested.rows.map((row) => row.values.amount)).toEqual(['1000000.01', '1234.50', '0.20', '0.10', '10.00']);
    expect(nested.total!.amount.value).toBe('1001244.81');
  });

  it('a sheet without groups or totals', () => {
    const plain = buildReportTable({ name: { uk: 'Список', en: 'List' }, columns: [{ field: 'name', caption: { uk: 'Назва', en: 'Name' }, type: 'text' }] }, [{ name: 'Б' }, { name: 'А' }]);
    expect(plain.rows.map((row) => row.values.name)).toEqual(['Б', 'А']);
    expect(plain.groups).toEqual([]);
    expect(plain.total).toBeNull();
  });

  it('money with a currency, decimals rounded half away from zero, the mean of whole numbers keeps two places', () => {
    const sheet = {
      name: { uk: 'Аркуш', en: 'Sheet' },
      columns: [
        { field: 'amount', caption: { uk: 'Сума', en: 'Amount' }, type: 'money' as const, currency: 'UAH', total: 'sum' as const },
        { field: 'weight', caption: { uk: 'Вага, кг', en: 'Weight, kg' }, type: 'decimal' as const, decimals: 3, total: 'sum' as const },
        { field: 'calls', caption: { uk: 'Дзвінки', en: 'Calls' }, type: 'integer' as const, total: 'avg' as const },
      ],
    };
    const result = buildReportTable(sheet, [
      { amount: 0.1, weight: 1 / 3, calls: 2 },
      { amount: '1 000,5', weight: '2.0005', calls: '3' },
    ]);
    expect(result.rows.map((row) => row.text)).toEqual([
      { amount: ua('0,10 грн'), weight: '0,333', calls: '2' },
      { amount: ua('1 000,50 грн'), weight: '2,001', calls: '3' },
    ]);
    expect(result.total).toMatchObject({ amount: { value: '1000.60' }, weight: { value: '2.334', text: '2,334' }, calls: { value: '2.50', text: '2,50', excel: 2.5 } });
  });

  it('a value its column cannot hold is the query’s fault, named by row and field', () => {
    const bad = (row: Record<string, unknown>) => refusal(() => buildReportTable(salesReport.sheets[0], [SALES_ROWS[0], { ...SALES_ROWS[0], ...row }], { path: 'sheets[0].rows' }));
    expect(bad({ amount: '1.005' }).map((i) => [i.field, i.code])).toEqual([['sheets[0].rows[1].amount', 'number.decimals']]);
    expect(bad({ invoices: 1.5 }).map((i) => [i.field, i.code])).toEqual([['sheets[0].rows[1].invoices', 'number.whole']]);
    expect(bad({ date: '03.11.2026' }).map((i) => [i.field, i.code])).toEqual([['sheets[0].rows[1].date', 'type.localDate']]);
    expect(bad({ paidAt: 'yesterday' }).map((i) => [i.field, i.code])).toEqual([['sheets[0].rows[1].paidAt', 'type.dateTime']]);
  });
});
