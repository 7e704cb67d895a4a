import { quickPeriod } from '../../src/admin/pages/reports/period';

/** The «Звіти» page's quick choices of a period, from a given day (local dates, both ends included). */
describe('quick periods of the reports page', () => {
  const at = (date: string) => new Date(`${date}T10:00:00`);

  it('this month and last month, across a year end and a leap February', () => {
    expect(quickPeriod('thisMonth', at('2026-11-30'))).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(quickPeriod('lastMonth', at('2026-11-30'))).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(quickPeriod('lastMonth', at('2027-01-15'))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(quickPeriod('thisMonth', at('2028-02-10'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(quickPeriod('lastMonth', at('2026-03-31'))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('this quarter and this year', () => {
    expect(quickPeriod('thisQuarter', at('2026-11-30'))).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quickPeriod('thisQuarter', at('2026-01-01'))).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quickPeriod('thisQuarter', at('2026-06-30'))).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quickPeriod('thisYear', at('2026-07-04'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});
