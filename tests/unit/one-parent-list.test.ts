import { oneParentListQuery } from '../../src/domain/lists/one-parent-list';

const columns = [
  { relation: 'counterparty', attribute: 'accessCounterparty' },
  { relation: 'employee', attribute: 'accessEmployee' },
];
const one = { counterparty: { documentId: { $eq: 'abc' } } };
const scope = { $or: [{ accessManagerUser: 3 }, { accessDepartment: 2 }] };
const query = { page: '2', pageSize: '10', sort: ['occurredAt:DESC'] };

test("one client's page, as the guard leaves the panel's request, is recognised with its page, sort and client", () => {
  expect(oneParentListQuery(query, { $and: [one] }, columns)).toEqual({
    page: 2,
    pageSize: 10,
    sort: { attribute: 'occurredAt', order: 'desc' },
    column: columns[0],
    lookup: { relation: 'counterparty', key: 'documentId', values: ['abc'], conditions: [] },
  });
  // the guard's scope of clients the caller sees in part travels with the lookup
  const scoped = oneParentListQuery({ ...query, sort: 'subject:asc' }, { $and: [{ counterparty: { $and: [scope, { documentId: { $eq: 'abc' } }] } }] }, columns);
  expect(scoped).toMatchObject({ sort: { attribute: 'subject', order: 'asc' }, lookup: { values: ['abc'], conditions: [scope] } });
  expect(oneParentListQuery({ sort: 'occurredAt:DESC' }, one, columns)).toMatchObject({ page: 1, pageSize: 10 });
});

test('anything more in the request is left to the content manager', () => {
  const refused: Array<[Record<string, unknown>, unknown]> = [
    [{ ...query, _q: 'дзвінок' }, one], // a search
    [{ ...query, locale: 'uk' }, one], // another parameter
    [{ page: '1', pageSize: '10' }, one], // no sort
    [{ ...query, sort: ['occurredAt:DESC', 'id:ASC'] }, one], // two sort keys
    [{ ...query, sort: 'counterparty.name:ASC' }, one], // a sort through a relation
    [{ ...query, page: '0' }, one],
    [{ ...query, pageSize: '1001' }, one],
    [{ ...query, pageSize: '-1' }, one],
    [{ ...query, page: ['1', '2'] }, one],
    [query, undefined], // no client
    [query, { $and: [one, { state: { $eq: 'done' } }] }], // one more filter
    [query, { $or: [one, { state: { $eq: 'done' } }] }],
    [query, { $not: one }],
    [query, { counterparty: { documentId: { $in: ['abc', 'def'] } } }], // two clients
    [query, { counterparty: { id: { $eq: 7 } } }], // by row id
    [query, { counterparty: { name: { $eq: 'ТОВ «Ромашка»' } } }], // by name
    [query, { $and: [one, { employee: { documentId: { $eq: 'xyz' } } }] }], // a client and a person
    [query, { $and: [one, one] }],
  ];
  for (const [asked, filters] of refused) expect(oneParentListQuery(asked, filters, columns)).toBeNull();
});
