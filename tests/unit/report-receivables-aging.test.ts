import { agingBucket, daysOverdue, outstandingOf, ReceivableInvoice, receivablesAgingSheets } from '../../src/domain/reports/catalog/receivables-aging';

describe('agingBucket', () => {
  const asOf = '2024-06-30';
  test.each([
    [null, 'notDue'],
    ['2024-07-15', 'notDue'],
    // the due date is the last day to pay: on it the invoice is not overdue yet
    ['2024-06-30', 'notDue'],
    ['2024-06-29', 'days1to30'],
    ['2024-05-31', 'days1to30'], // 30 days
    ['2024-05-30', 'days31to60'], // 31
    ['2024-05-01', 'days31to60'], // 60
    ['2024-04-30', 'days61to90'], // 61
    ['2024-04-01', 'days61to90'], // 90
    ['2024-03-31', 'over90'], // 91
    ['2020-01-01', 'over90'],
  ])('due %s → %s', (dueDate, bucket) => {
    expect(agingBucket(dueDate, asOf)).toBe(bucket);
  });

  test('days overdue count whole days after the due date, across a leap day', () => {
    expect(daysOverdue('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysOverdue('2024-03-01', '2024-02-28')).toBe(0);
    expect(daysOverdue(null, '2024-03-01')).toBe(0);
  });
});

describe('receivables aging sheets', () => {
  const invoice = (over: Partial<ReceivableInvoice>): ReceivableInvoice => ({
    number: 'Р-1',
    date: '2024-05-01',
    dueDate: '2024-06-10',
    client: 'Альфа',
    manager: 'Коваль',
    total: '1000.00',
    paid: '0.00',
    ...over,
  });

  test('outstanding is total less paid, never below zero, exact', () => {
    expect(outstandingOf({ total: '0.30', paid: 0.1 })).toBe(20n);
    expect(outstandingOf({ total: '100.00', paid: '120.00' })).toBe(0n);
    expect(outstandingOf({ total: null, paid: null })).toBe(0n);
  });

  test('by client with each bucket, by age (every bucket, in order) and one by one; paid invoices left out', () => {
    const [byClient, byAge, list] = receivablesAgingSheets(
      [
        invoice({ number: 'Р-1', paid: '400.10' }), // 20 days overdue: 599.90
        invoice({ number: 'Р-2', dueDate: '2024-07-31', total: '0.10' }), // not due: 0.10
        invoice({ number: 'Р-3', client: 'Бета', manager: 'Петренко', dueDate: '2024-03-01', total: '50.00' }), // 121 days: 50.00
        invoice({ number: 'Р-4', total: '10.00', paid: '10.00' }), // paid
      ],
      '2024-06-30',
    );
    expect(byClient).toEqual([
      { manager: 'Коваль', client: 'Альфа', notDue: '0.10', days1to30: '599.90', days31to60: '0.00', days61to90: '0.00', over90: '0.00', outstanding: '600.00' },
      { manager: 'Петренко', client: 'Бета', notDue: '0.00', days1to30: '0.00', days31to60: '0.00', days61to90: '0.00', over90: '50.00', outstanding: '50.00' },
    ]);
    expect(byAge).toEqual([
      { bucket: 'Строк не настав', amount: '0.10', invoices: 1 },
      { bucket: '1–30 днів', amount: '599.90', invoices: 1 },
      { bucket: '31–60 днів', amount: '0.00', invoices: 0 },
      { bucket: '61–90 днів', amount: '0.00', invoices: 0 },
      { bucket: 'Понад 90 днів', amount: '50.00', invoices: 1 },
    ]);
    expect(list.map((row) => [row.number, row.total, row.paid, row.outstanding, row.daysOverdue])).toEqual([
      ['Р-1', '1000.00', '400.10', '599.90', 20],
      ['Р-2', '0.10', '0.00', '0.10', 0],
      ['Р-3', '50.00', '0.00', '50.00', 121],
    ]);
  });
});
