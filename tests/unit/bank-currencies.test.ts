import paymentSchema from '../../src/api/payment/content-types/payment/schema.json';
import { KNOWN_CURRENCIES, refuseUnsupportedCurrencies, refuseUnsupportedCurrencyLines, StatementRefusal, StatementTally } from '../../src/domain/bank';
import type { ParsedStatement, StatementTransaction } from '../../src/domain/bank';
import { PAYMENT_CURRENCIES } from '../../src/type-meta/shared-captions';

const party = { name: null, code: null, account: null, mfo: null, bankName: null };
const tx = (line: number, currency: string): StatementTransaction => ({
  line, documentType: null, number: '1', date: '2026-11-02', valueDate: null, ownAccount: 'UA1', direction: 'incoming', amount: '1.00', currency, payer: party, payee: party, purpose: '',
});
const statement = (...transactions: StatementTransaction[]): ParsedStatement => ({
  format: 'privatbank-csv', encoding: 'utf-8', account: 'UA1', accounts: ['UA1'], periodFrom: null, periodTo: null, balances: [], transactions,
});

describe('currencies of payments', () => {
  it('payments can record every currency a statement names by code, each with a Ukrainian caption', () => {
    const enumeration = paymentSchema.attributes.currency.enum;
    expect([...enumeration].sort()).toEqual([...KNOWN_CURRENCIES].sort());
    expect(Object.keys(PAYMENT_CURRENCIES).sort()).toEqual([...enumeration].sort());
  });

  it('a statement with a currency payments cannot record is refused at that document’s line', () => {
    expect(() => refuseUnsupportedCurrencies(statement(tx(3, 'UAH'), tx(9, 'USD')), ['UAH', 'USD'])).not.toThrow();
    let refusal: unknown;
    try {
      refuseUnsupportedCurrencies(statement(tx(3, 'UAH'), tx(9, 'XYZ'), tx(12, 'QQQ')), ['UAH', 'USD']);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(StatementRefusal);
    expect(refusal).toMatchObject({ line: 9, code: 'statement.unsupportedCurrency', params: { value: 'XYZ' } });
  });

  it('a statement known only by its tally is refused at the same line', () => {
    const currencies = (...transactions: StatementTransaction[]) => StatementTally.of(transactions).currencies();
    expect(() => refuseUnsupportedCurrencyLines(currencies(tx(3, 'UAH'), tx(9, 'USD')), ['UAH', 'USD'])).not.toThrow();
    // the first line of a currency is what counts, whichever currency came first
    expect(() => refuseUnsupportedCurrencyLines(currencies(tx(3, 'QQQ'), tx(4, 'UAH'), tx(5, 'XYZ')), ['UAH'])).toThrow(expect.objectContaining({ line: 3, params: { value: 'QQQ' } }));
    expect(() => refuseUnsupportedCurrencyLines(new Map([['XYZ', 12], ['QQQ', 9]]), ['UAH'])).toThrow(
      expect.objectContaining({ line: 9, code: 'statement.unsupportedCurrency', params: { value: 'QQQ' } }),
    );
  });
});
