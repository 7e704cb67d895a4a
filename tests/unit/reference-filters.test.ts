import { ReferenceLookup, referenceLookups, restrictsToNamedRecords, rewriteReferenceFilters } from '../../src/domain/lists/reference-filters';

const columns = [{ relation: 'counterparty', attribute: 'accessCounterparty' }];
const ids: Record<string, number[]> = { abc: [7], twoRows: [8, 9] };
/** as the database would answer: a lookup with more conditions finds 'abc' only when it holds them (here: kind client) */
const rowIds = (lookup: ReferenceLookup) =>
  lookup.conditions.some((condition) => JSON.stringify(condition) !== JSON.stringify({ kind: 'client' })) ? [] : lookup.values.flatMap((value) => (lookup.key === 'id' ? [Number(value)] : ids[String(value)] ?? []));

describe('reference filters', () => {
  test("the panel's chronicle filter (documentId under $and) becomes the column", () => {
    const filters = { $and: [{ counterparty: { documentId: { $eq: 'abc' } } }, { kind: { $eq: 'call' } }] };
    expect(referenceLookups(filters, columns)).toEqual([{ relation: 'counterparty', key: 'documentId', values: ['abc'], conditions: [] }]);
    expect(rewriteReferenceFilters(filters, columns, rowIds)).toEqual({ $and: [{ accessCounterparty: { $in: [7] } }, { kind: { $eq: 'call' } }] });
  });

  test('ids, bare values, $in and nesting under $or / $not', () => {
    expect(rewriteReferenceFilters({ counterparty: { id: 7 } }, columns, rowIds)).toEqual({ accessCounterparty: { $eq: 7 } });
    expect(rewriteReferenceFilters({ counterparty: { id: { $in: [1, '2'] } } }, columns, rowIds)).toEqual({ accessCounterparty: { $in: [1, 2] } });
    expect(rewriteReferenceFilters({ $or: [{ counterparty: { documentId: 'twoRows' } }, { $not: { counterparty: { documentId: { $in: ['abc'] } } } }] }, columns, rowIds)).toEqual({
      $or: [{ accessCounterparty: { $in: [8, 9] } }, { $not: { accessCounterparty: { $in: [7] } } }],
    });
  });

  test("a named client with more conditions on it (the guard's scope of a partly visible type) is looked up with them", () => {
    const scoped = { $and: [{ counterparty: { $and: [{ kind: 'client' }, { documentId: { $eq: 'abc' } }] } }, { kind: { $eq: 'call' } }] };
    expect(referenceLookups(scoped, columns)).toEqual([{ relation: 'counterparty', key: 'documentId', values: ['abc'], conditions: [{ kind: 'client' }] }]);
    expect(rewriteReferenceFilters(scoped, columns, rowIds)).toEqual({ $and: [{ accessCounterparty: { $in: [7] } }, { kind: { $eq: 'call' } }] });
    // the named record does not hold the scope: nothing, as the joined filter would find
    const outOfScope = { counterparty: { $and: [{ documentId: 'abc' }, { kind: 'supplier' }] } };
    expect(rewriteReferenceFilters(outOfScope, columns, rowIds)).toEqual({ accessCounterparty: { $in: [] } });
    // an id with more conditions goes to the database too
    expect(referenceLookups({ counterparty: { $and: [{ id: 7 }, { kind: 'client' }] } }, columns)).toEqual([{ relation: 'counterparty', key: 'id', values: [7], conditions: [{ kind: 'client' }] }]);
    expect(rewriteReferenceFilters({ counterparty: { $and: [{ id: 7 }, { kind: 'client' }] } }, columns, rowIds)).toEqual({ accessCounterparty: { $in: [7] } });
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
      { counterparty: { $and: [{ name: 'x' }, { kind: 'client' }] } },
      { counterparty: { $and: [{ documentId: 'abc' }], kind: 'client' } },
      { counterparty: { $or: [{ documentId: 'abc' }, { kind: 'client' }] } },
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

describe('a read restricted to named records', () => {
  const columns = [{ relation: 'counterparty', attribute: 'accessCounterparty' }];
  test.each([
    [{ counterparty: { documentId: { $eq: 'abc' } } }, true],
    [{ $and: [{ counterparty: { documentId: 'abc' } }, { subject: { $containsi: 'дзвінок' } }] }, true],
    [{ $and: [{ $and: [{ counterparty: { id: 7 } }] }] }, true],
    [{ counterparty: { $and: [{ state: 'active' }, { documentId: 'abc' }] } }, true],
    [{ $or: [{ counterparty: { documentId: 'abc' } }, { subject: { $containsi: 'дзвінок' } }] }, false],
    [{ $not: { counterparty: { documentId: 'abc' } } }, false],
    [{ counterparty: { name: { $containsi: 'ТОВ' } } }, false],
    [{ employee: { documentId: 'abc' } }, false],
    [{ subject: 'дзвінок' }, false],
  ])('%j: %s', (filters, restricted) => {
    expect(restrictsToNamedRecords(filters, columns)).toBe(restricted);
  });
});
