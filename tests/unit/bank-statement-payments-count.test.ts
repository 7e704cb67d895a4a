import { withPaymentsCounted } from '../../src/bank/statement-payments-count';

/** A statement's payments are populated through it only as their count (src/bank/statement-payments-count.ts). */
const ATTRIBUTES = {
  fileName: { type: 'string' },
  importedBy: { type: 'relation' },
  payments: { type: 'relation' },
  createdBy: { type: 'relation' },
};

describe('reading a statement with its payments', () => {
  it('the Document Service event read (every relation, no field list) gets the count', () => {
    const populate = { importedBy: { select: undefined }, payments: { select: undefined }, createdBy: { select: undefined } };
    expect(withPaymentsCounted(populate, ATTRIBUTES)).toEqual({ ...populate, payments: { count: true } });
    // the event's populate object is Strapi's cached one: never changed in place
    expect(populate.payments).toEqual({ select: undefined });
  });

  it.each([true, '*'])('populate %p: every relation, payments counted', (populate) => {
    expect(withPaymentsCounted(populate, ATTRIBUTES)).toEqual({ importedBy: true, payments: { count: true }, createdBy: true });
  });

  it('a list of names and a whole entry are counted too', () => {
    expect(withPaymentsCounted(['payments', 'importedBy'], ATTRIBUTES)).toEqual({ payments: { count: true }, importedBy: true });
    expect(withPaymentsCounted({ payments: true }, ATTRIBUTES)).toEqual({ payments: { count: true } });
    expect(withPaymentsCounted({ payments: { populate: { invoice: true } } }, ATTRIBUTES)).toEqual({ payments: { count: true } });
  });

  it('reads that name their fields, filter, limit or count are left alone', () => {
    for (const entry of [{ select: ['id', 'documentId'] }, { fields: ['amount'] }, { where: { amount: 1 } }, { limit: 10 }, { count: true }]) {
      const populate = { payments: entry };
      expect(withPaymentsCounted(populate, ATTRIBUTES)).toBe(populate);
    }
  });

  it('reads without payments are left alone', () => {
    const populate = { importedBy: true };
    expect(withPaymentsCounted(populate, ATTRIBUTES)).toBe(populate);
    expect(withPaymentsCounted(['importedBy'], ATTRIBUTES)).toEqual(['importedBy']);
    expect(withPaymentsCounted(false, ATTRIBUTES)).toBe(false);
  });
});
