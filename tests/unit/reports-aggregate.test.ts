import { aggregateRows, withShares } from '../../src/domain/reports/aggregate';
import { salesVolumeSheets, SalesLine } from '../../src/domain/reports/catalog/sales-volume';
import { paymentRow } from '../../src/domain/reports/catalog/payments';

describe('aggregateRows', () => {
  test('sums money exactly and counts, per key, in the order keys first appear', () => {
    const rows = aggregateRows(
      [
        { who: 'Б', amount: '0.10' },
        { who: 'А', amount: 0.2 },
        { who: 'Б', amount: '0.20' },
        { who: null, amount: null },
      ],
      { by: { who: (r) => r.who }, money: { amount: (r) => r.amount }, counts: { n: () => 1 } },
    );
    expect(rows).toEqual([
      { who: 'Б', amount: '0.30', n: 2 },
      { who: 'А', amount: '0.20', n: 1 },
      { who: null, amount: '0.00', n: 1 },
    ]);
  });

  test('a bad amount names its field', () => {
    expect(() => aggregateRows([{ a: 'abc' }], { by: {}, money: { total: (r) => r.a } })).toThrow(/total/);
  });

  test('shares are fractions of the whole, 0 when the whole is 0', () => {
    expect(withShares([{ x: '1.00' }, { x: '3.00' }], 'x', 'share').map((r) => r.share)).toEqual([0.25, 0.75]);
    expect(withShares([{ x: '0.00' }], 'x', 'share')[0].share).toBe(0);
  });
});

describe('sales volume sheets', () => {
  const line = (over: Partial<SalesLine>): SalesLine => ({
    invoiceId: 1,
    date: '2026-11-03',
    manager: 'Коваль',
    client: 'Альфа',
    industry: 'Торгівля',
    segment: null,
    productGroup: 'Ноутбуки',
    net: '100.00',
    total: '120.00',
    ...over,
  });

  test('by month, manager (invoices counted once), product group and industry', () => {
    const [byMonth, byManager, byGroup, byIndustry] = salesVolumeSheets([
      line({}),
      line({ productGroup: 'Послуги', net: '10.10', total: '12.12' }),
      line({ invoiceId: 2, manager: 'Петренко', date: '2026-12-01', industry: null, net: '0.10', total: '0.10' }),
    ]);
    expect(byMonth).toEqual([
      { month: '2026-11', manager: 'Коваль', productGroup: 'Ноутбуки', net: '100.00', total: '120.00' },
      { month: '2026-11', manager: 'Коваль', productGroup: 'Послуги', net: '10.10', total: '12.12' },
      { month: '2026-12', manager: 'Петренко', productGroup: 'Ноутбуки', net: '0.10', total: '0.10' },
    ]);
    expect(byManager.map((r) => [r.manager, r.invoices, r.total])).toEqual([
      ['Коваль', 1, '132.12'],
      ['Петренко', 1, '0.10'],
    ]);
    expect(byGroup.map((r) => [r.productGroup, r.total])).toEqual([
      ['Ноутбуки', '120.10'],
      ['Послуги', '12.12'],
    ]);
    expect(byIndustry.map((r) => [r.industry, r.total, r.share])).toEqual([
      ['Торгівля', '132.12', 0.999244],
      [null, '0.10', 0.000756],
    ]);
  });
});

describe('a payment as a report row', () => {
  const caption = (field: 'direction' | 'matchStatus', value: string) => `${field}:${value}`;
  const payment = { date: '2025-03-20', bankDocNumber: '77', direction: 'outgoing', counterparty: 'Альфа', payerName: 'Ми', payeeName: 'Вони', purpose: 'Повернення', invoice: null, amount: 125.5, matchStatus: 'unmatched' };

  test('the other side by direction, the amount exact, negative when both directions are listed', () => {
    expect(paymentRow(payment, caption, false)).toMatchObject({ otherSide: 'Вони', amount: '125.50', direction: 'direction:outgoing', matchStatus: 'matchStatus:unmatched' });
    expect(paymentRow(payment, caption, true).amount).toBe('-125.50');
    expect(paymentRow({ ...payment, direction: 'incoming', amount: '0.1' }, caption, true)).toMatchObject({ otherSide: 'Ми', amount: '0.10' });
  });
});
