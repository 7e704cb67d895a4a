import { referencedDocumentIds, rewriteReferenceFilters } from '../../src/domain/lists/reference-filters';

const columns = [{ relation: 'counterparty', attribute: 'accessCounterparty' }];
const ids: Record<string, number[]> = { abc: [7], twoRows: [8, 9] };
const rowIds = (_relation: string, documentId: string) => ids[documentId] ?? [];

describe('reference filters', () => {
  test("the panel's chronicle filter (documentId under $and) becomes the column", () => {
    const filters = { $and: [{ counterparty: { documentId: { $eq: 'abc' } } }, { kind: { $eq: 'call' } }] };
    expect([...referencedDocumentIds(filters, columns).get('counterparty')!]).toEqual(['abc']);
    expect(rewriteReferenceFilters(filters, columns, rowIds)).toEqual({ $and: [{ accessCounterparty: { $in: [7] } }, { kind: { $eq: 'call' } }] });
  });

  test('ids, bare values, $in and nesting under $or / $not', () => {
    expect(rewriteReferenceFilters({ counterparty: { id: 7 } }, columns, rowIds)).toEqual({ accessCounterparty: { $eq: 7 } });
    expect(rewriteReferenceFilters({ counterparty: { id: { $in: [1, '2'] } } }, columns, rowIds)).toEqual({ accessCounterparty: { $in: [1, 2] } });
    expect(rewriteReferenceFilters({ $or: [{ counterparty: { documentId: 'twoRows' } }, { $not: { counterparty: { documentId: { $in: ['abc'] } } } }] }, columns, rowIds)).toEqual({
      $or: [{ accessCounterparty: { $in: [8, 9] } }, { $not: { accessCounterparty: { $in: [7] } } }],
    });
  });

  test('an unknown documentId matches nothing, as the relation would', () => {
    expect(rewriteReferenceFilters({ counterparty: { documentId: 'gone' } }, columns, rowIds)).toEqual({ accessCounterparty: { $in: [] } });
  });

  test('anything but "the related record is this one" stays on the relation', () => {
    const kept = [
      { counterparty: { name: { $containsi: 'abc' } } },
      { counterparty: { documentId: { $ne: 'abc' } } },
      { counterparty: { id: { $null: true } } },
      { counterparty: { documentId: 'abc', name: 'x' } },
      { counterparty: { manager: { id: 3 } } },
      { contactPerson: { id: 3 } },
      { title: { counterparty: { id: 3 } } },
    ];
    for (const filters of kept) expect(rewriteReferenceFilters(filters, columns, rowIds)).toEqual(filters);
  });

  test('a condition the column already has here is kept beside the new one', () => {
    expect(rewriteReferenceFilters({ accessCounterparty: { $eq: 1 }, counterparty: { id: 7 } }, columns, rowIds)).toEqual({
      accessCounterparty: { $eq: 1 },
      $and: [{ accessCounterparty: { $eq: 7 } }],
    });
  });
});
