import { counterpartyBalance, invoiceStateAfterPayments, INVOICE_STATES } from '../../src/domain/invoices';

const TODAY = '2026-03-20';
const invoice = (state: string, paidAmount: string, dueDate: string | null = '2026-03-31', total = '1200.00') => ({ state, total, paidAmount, dueDate });

describe('invoiceStateAfterPayments', () => {
  it('knows the six states of the schema', () => {
    expect(INVOICE_STATES).toEqual(['draft', 'issued', 'partially-paid', 'paid', 'overdue', 'cancelled']);
  });

  it('paid when the payments cover the total', () => {
    expect(invoiceStateAfterPayments(invoice('issued', '1200.00'), TODAY)).toBe('paid');
    expect(invoiceStateAfterPayments(invoice('partially-paid', '1200'), TODAY)).toBe('paid');
    expect(invoiceStateAfterPayments(invoice('overdue', '1200.00', '2026-01-01'), TODAY)).toBe('paid');
  });

  it('paid, not something else, when overpaid', () => {
    expect(invoiceStateAfterPayments(invoice('issued', '1500.00'), TODAY)).toBe('paid');
  });

  it('partially paid when something but not all was paid before the due date', () => {
    expect(invoiceStateAfterPayments(invoice('issued', '0.01'), TODAY)).toBe('partially-paid');
    expect(invoiceStateAfterPayments(invoice('issued', '1199.99'), TODAY)).toBe('partially-paid');
    expect(invoiceStateAfterPayments(invoice('issued', '600', null), TODAY)).toBe('partially-paid');
  });

  it('the due date is the last day to pay: due today is not overdue yet', () => {
    expect(invoiceStateAfterPayments(invoice('issued', '600', TODAY), TODAY)).toBe('partially-paid');
    expect(invoiceStateAfterPayments(invoice('issued', '0', TODAY), TODAY)).toBe('issued');
  });

  it('overdue stays overdue after a partial payment (the nightly job would mark it again)', () => {
    expect(invoiceStateAfterPayments(invoice('overdue', '600', '2026-03-01'), TODAY)).toBe('overdue');
    expect(invoiceStateAfterPayments(invoice('issued', '600', '2026-03-19'), TODAY)).toBe('overdue');
  });

  it('with nothing paid: issued, or overdue past the due date (a payment taken away)', () => {
    expect(invoiceStateAfterPayments(invoice('paid', '0'), TODAY)).toBe('issued');
    expect(invoiceStateAfterPayments(invoice('partially-paid', '0.00', '2026-03-01'), TODAY)).toBe('overdue');
    expect(invoiceStateAfterPayments(invoice('issued', null as unknown as string), TODAY)).toBe('issued');
  });

  it('a draft stays a draft until money arrives, then follows the money', () => {
    expect(invoiceStateAfterPayments(invoice('draft', '0'), TODAY)).toBe('draft');
    expect(invoiceStateAfterPayments(invoice('draft', '0', '2026-01-01'), TODAY)).toBe('draft');
    expect(invoiceStateAfterPayments(invoice('draft', '100'), TODAY)).toBe('partially-paid');
    expect(invoiceStateAfterPayments(invoice('draft', '1200'), TODAY)).toBe('paid');
  });

  it('cancelled stays cancelled whatever arrives', () => {
    expect(invoiceStateAfterPayments(invoice('cancelled', '1200'), TODAY)).toBe('cancelled');
    expect(invoiceStateAfterPayments(invoice('cancelled', '0'), TODAY)).toBe('cancelled');
  });

  it('is exact: no float drift at the last kopeck', () => {
    expect(invoiceStateAfterPayments({ state: 'issued', total: '0.30', paidAmount: 0.1 + 0.2, dueDate: null }, TODAY)).toBe('paid');
  });
});

describe('counterpartyBalance', () => {
  const invoices = [
    { currency: 'UAH', total: '1000.00', paidAmount: '1000.00', state: 'paid', dueDate: '2026-02-01' },
    { currency: 'UAH', total: '500.00', paidAmount: '200.00', state: 'partially-paid', dueDate: '2026-03-10' }, // past due, not yet marked
    { currency: 'UAH', total: '300.00', paidAmount: '0', state: 'overdue', dueDate: '2026-03-01' },
    { currency: 'UAH', total: '700.00', paidAmount: '0', state: 'issued', dueDate: '2026-04-01' },
    { currency: 'UAH', total: '999.00', paidAmount: '0', state: 'draft', dueDate: '2026-01-01' },
    { currency: 'UAH', total: '888.00', paidAmount: '0', state: 'cancelled', dueDate: '2026-01-01' },
    { currency: 'USD', total: '100.00', paidAmount: '150.00', state: 'paid', dueDate: '2026-02-01' },
    { currency: null, total: '0.10', paidAmount: '0', state: 'issued', dueDate: null },
  ];
  const payments = [
    { currency: 'UAH', amount: '1000.00', direction: 'incoming' },
    { currency: 'UAH', amount: '200.00', direction: 'incoming' },
    { currency: 'UAH', amount: '5000.00', direction: 'outgoing' },
    { currency: 'USD', amount: '150.00', direction: 'incoming' },
    { currency: 'EUR', amount: '40.00', direction: 'incoming' },
  ];

  it('sums per currency, UAH first, issued invoices only, exactly', () => {
    expect(counterpartyBalance(invoices, payments, TODAY)).toEqual([
      { currency: 'UAH', invoiced: '2500.10', paid: '1200.00', outstanding: '1300.10', overdue: '600.00', balance: '1300.10' },
      { currency: 'EUR', invoiced: '0.00', paid: '40.00', outstanding: '0.00', overdue: '0.00', balance: '-40.00' },
      { currency: 'USD', invoiced: '100.00', paid: '150.00', outstanding: '0.00', overdue: '0.00', balance: '-50.00' },
    ]);
  });

  it('is empty without invoices and payments', () => {
    expect(counterpartyBalance([], [], TODAY)).toEqual([]);
  });
});
