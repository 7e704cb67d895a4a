import { decimalKindOf, MONEY_ATTRIBUTES, QUANTITY_ATTRIBUTES, RATE_ATTRIBUTES } from '../../src/type-meta';
import { columnArgs } from '../../src/domain/money';
import { schemaFiles } from '../helpers/schema-catalog';

const decimals = schemaFiles().flatMap(({ uid, attributes }) =>
  Object.entries(attributes)
    .filter(([, attribute]) => attribute.type === 'decimal')
    .map(([name, attribute]) => ({ uid, name, attribute })),
);

describe('decimal columns', () => {
  test('every decimal attribute is classified as amount, quantity or rate', () => {
    const unclassified = decimals.filter(({ uid, name }) => !decimalKindOf(uid, name)).map(({ uid, name }) => `${uid}.${name}`);
    expect(unclassified).toEqual([]);
    expect(decimals.length).toBeGreaterThan(20);
  });

  test('every decimal declares the column size of its kind', () => {
    const mismatched = decimals
      .map(({ uid, name, attribute }) => ({ at: `${uid}.${name}`, kind: decimalKindOf(uid, name), args: attribute.column?.args }))
      .filter(({ kind, args }) => !kind || JSON.stringify(args) !== JSON.stringify(columnArgs(kind)))
      .map(({ at, kind, args }) => `${at} (${kind}): ${JSON.stringify(args)}`);
    expect(mismatched).toEqual([]);
  });

  test('no attribute is in two classes, and every classified attribute is a decimal', () => {
    const seen = new Map<string, string>();
    const lists = { amount: MONEY_ATTRIBUTES, quantity: QUANTITY_ATTRIBUTES, rate: RATE_ATTRIBUTES };
    const attributesByUid = new Map(schemaFiles().map(({ uid, attributes }) => [uid, attributes]));
    for (const [kind, list] of Object.entries(lists)) {
      for (const [uid, names] of Object.entries(list)) {
        for (const name of names) {
          const key = `${uid}.${name}`;
          expect(`${key} in ${seen.get(key) ?? kind}`).toBe(`${key} in ${kind}`);
          seen.set(key, kind);
          expect(`${key}: ${attributesByUid.get(uid)?.[name]?.type}`).toBe(`${key}: decimal`);
        }
      }
    }
  });

  test('the known kinds: line quantity 15,3, discount percent 5,2, the rest amounts 14,2', () => {
    expect(decimalKindOf('crm.document-line', 'quantity')).toBe('quantity');
    expect(decimalKindOf('api::marketing-event.marketing-event', 'discountPercent')).toBe('rate');
    expect(decimalKindOf('crm.document-line', 'price')).toBe('amount');
    expect(decimalKindOf('api::payment.payment', 'amount')).toBe('amount');
    expect(columnArgs('amount')).toEqual([14, 2]);
    expect(columnArgs('quantity')).toEqual([15, 3]);
    expect(columnArgs('rate')).toEqual([5, 2]);
  });
});
