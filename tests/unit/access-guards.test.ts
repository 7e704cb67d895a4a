import { schemaCatalog } from '../helpers/schema-catalog';
import { canReadPath, guardFilters, guardSearch, guardSort, QueryGuardContext, sortEntries } from '../../src/access/query-guard';
import { guardRecords } from '../../src/access/response-guard';
import { grantedFields } from '../../src/access/permission-sets';
import { roleByCode, ROLE_CODE } from '../../src/access/roles';
import { UID } from '../../src/access/uids';
import { isUnsetRelation, ownershipDefaults } from '../../src/access/ownership-defaults';

const catalog = schemaCatalog();

/** A caller with the secretary's field rights. */
function asRole(code: string): QueryGuardContext {
  const role = roleByCode(code);
  const cache = new Map<string, Set<string>>();
  const readable = (uid: string) => {
    if (!cache.has(uid)) {
      const reads = role.grants.some((g) => g.actions.includes('read') && g.subjects.includes(uid));
      cache.set(uid, new Set(reads ? grantedFields(role, catalog, uid) : []));
    }
    return cache.get(uid)!;
  };
  return { catalog, canRead: (uid, field) => readable(uid).has(field) };
}
const secretary = asRole(ROLE_CODE.secretary);
const director = asRole(ROLE_CODE.director);

/** A caller who sees only the counterparties of their own: a partial visibility filter for that type. */
const OWN_CLIENTS = { manager: { adminUser: { id: 7 } } };
const managerLike: QueryGuardContext = { ...director, visibility: (uid) => (uid === UID.counterparty ? OWN_CLIENTS : {}) };

const paths = (refused: Array<{ path: string }>) => refused.map((r) => r.path);

describe('guardFilters', () => {
  test('a path through a readable relation into an unreadable field is refused, naming the path', () => {
    const filters = { $and: [{ counterparty: { invoices: { total: { $gt: 0 } } } }, { purpose: { $containsi: 'візит' } }] };
    expect(paths(guardFilters(filters, UID.scheduleEntry, secretary).refused)).toEqual(['filters[$and][0][counterparty][invoices]']);
    expect(guardFilters(filters, UID.scheduleEntry, director)).toEqual({ filters, refused: [] });
  });

  test('readable nested paths, ids and operators stay', () => {
    const filters = { counterparty: { name: { $containsi: 'скло' }, id: { $in: [1, 2] } }, employee: { $null: true } };
    expect(guardFilters(filters, UID.scheduleEntry, secretary)).toEqual({ filters, refused: [] });
  });

  test('money inside components is checked leaf by leaf', () => {
    expect(paths(guardFilters({ lines: { price: { $gt: 1 } } }, UID.invoice, secretary).refused)).toEqual(['filters[lines][price]']);
    expect(guardFilters({ lines: { price: { $gt: 1 } } }, UID.invoice, director).refused).toEqual([]);
    expect(paths(guardFilters({ price: { $lt: 5 }, name: { $eq: 'a' } }, UID.product, secretary).refused)).toEqual(['filters[price]']);
  });

  test('$or, $not and arrays are walked; unknown fields and operators are refused', () => {
    const filters = { $or: [{ price: { $gt: 1 } }, { name: { $eq: 'x' } }], $not: { price: { $eq: 2 } } };
    expect(paths(guardFilters(filters, UID.product, secretary).refused)).toEqual(['filters[$or][0][price]', 'filters[$not][price]']);
    expect(paths(guardFilters({ nosuch: { $eq: 1 } }, UID.product, director).refused)).toEqual(['filters[nosuch]']);
    expect(paths(guardFilters({ name: { $jsonSupersetOf: 1 } }, UID.product, director).refused)).toEqual(['filters[name][$jsonSupersetOf]']);
    expect(paths(guardFilters({ name: { $eq: { $gt: 1 } } }, UID.product, director).refused)).toEqual(['filters[name][$eq]']);
  });

  test('creator fields may be filtered by name or id only, never by credentials', () => {
    expect(guardFilters({ createdBy: { id: { $eq: 1 } } }, UID.product, secretary).refused).toEqual([]);
    expect(paths(guardFilters({ createdBy: { password: { $startsWith: '$2a' } } }, UID.product, director).refused)).toEqual(['filters[createdBy][password]']);
    expect(paths(guardFilters({ updatedBy: { resetPasswordToken: { $null: false } } }, UID.product, director).refused)).toEqual(['filters[updatedBy][resetPasswordToken]']);
  });

  test('a step into a partly visible type carries the visibility filter; under $not it is refused', () => {
    const filters = { counterparties: { invoices: { total: { $gte: 1000 } } } };
    expect(guardFilters(filters, UID.employee, managerLike)).toEqual({
      filters: { counterparties: { $and: [OWN_CLIENTS, { invoices: { total: { $gte: 1000 } } }] } },
      refused: [],
    });
    expect(guardFilters({ counterparty: 5 }, UID.interaction, managerLike).filters).toEqual({ counterparty: { $and: [OWN_CLIENTS, { id: { $eq: 5 } }] } });
    expect(paths(guardFilters({ $not: { counterparties: { name: { $eq: 'X' } } } }, UID.employee, managerLike).refused)).toEqual(['filters[$not][counterparties]']);
  });
});

describe('guardSort', () => {
  test('sort forms are read alike', () => {
    expect(sortEntries('name:asc,counterparty.name:DESC')).toEqual([['name', 'asc'], ['counterparty.name', 'DESC']]);
    expect(sortEntries({ counterparty: { name: 'asc' } })).toEqual([['counterparty.name', 'asc']]);
    expect(sortEntries(['start:desc', { end: 'asc' }])).toEqual([['start', 'desc'], ['end', 'asc']]);
  });

  test('unreadable sort paths and sorts through partly visible records are refused', () => {
    expect(guardSort('counterparty.invoices.total:desc,start:asc', UID.scheduleEntry, secretary)).toEqual({
      sort: ['start:asc'],
      refused: [{ path: 'sort[counterparty.invoices.total]', reason: 'field not readable', code: 'query.fieldNotReadable' }],
    });
    expect(guardSort('price:desc', UID.product, secretary).refused).toHaveLength(1);
    expect(guardSort('counterparties.invoices.total:asc', UID.employee, managerLike).refused).toEqual([
      { path: 'sort[counterparties.invoices.total]', reason: 'sorting by partly visible records', code: 'query.sortPartlyVisible' },
    ]);
    expect(guardSort('fullName:asc', UID.employee, managerLike).refused).toEqual([]);
    expect(guardSort('name:sideways', UID.product, director).refused).toHaveLength(1);
    expect(canReadPath(UID.scheduleEntry, 'counterparty.name', secretary)).toBe(true);
  });
});

describe('guardSearch', () => {
  test('text search stays when every text column is readable', () => {
    expect(guardSearch('скло', UID.product, secretary)).toBeNull();
  });

  test('a number search over a type with a hidden amount becomes a filter over readable columns', () => {
    const replacement = guardSearch('1500', UID.product, secretary) as { $or: Array<Record<string, unknown>> };
    expect(replacement.$or).toContainEqual({ name: { $containsi: '1500' } });
    expect(replacement.$or).toContainEqual({ vatRate: { $eq: 1500 } });
    expect(replacement.$or).toContainEqual({ id: { $eq: 1500 } });
    expect(JSON.stringify(replacement)).not.toContain('price');
    expect(guardSearch('1500', UID.product, director)).toBeNull();
  });
});

describe('guardRecords', () => {
  const ctx = (visible: Record<string, number[]>) => ({
    ...secretary,
    visibleIds: async (uid: string, ids: Array<number | string>) => new Set(ids.filter((id) => (visible[uid] ?? []).includes(id as number))),
  });

  test('related records outside the caller\'s rows shrink to ids; visible ones lose unreadable fields', async () => {
    const records = [
      {
        id: 1,
        documentId: 'a',
        subject: 'Дзвінок',
        counterparty: { id: 10, documentId: 'c10', name: 'Видимий', invoices: [{ id: 5, documentId: 'i5', total: '100.00' }], contracts: { count: 2 } },
        contactPerson: { id: 20, documentId: 'p20', fullName: 'Прихований' },
        interaction: { count: 1 },
      },
    ];
    const [trimmed] = await guardRecords(records, UID.inboundRequest, ctx({ [UID.counterparty]: [10] }));
    expect(trimmed.counterparty).toEqual({ id: 10, documentId: 'c10', name: 'Видимий' });
    expect(trimmed.contactPerson).toEqual({ id: 20, documentId: 'p20' });
    expect(trimmed.interaction).toEqual({ count: 1 });
    expect(trimmed.subject).toBe('Дзвінок');
  });

  test('a relation field the caller cannot read goes; a readable one to a type outside the catalog is left to Strapi', async () => {
    const record = { id: 1, employee: { id: 3, documentId: 'e', fullName: 'X', adminUser: { id: 9, firstname: 'A' } } };
    const [trimmed] = await guardRecords([record], UID.scheduleEntry, ctx({ [UID.employee]: [3] }));
    expect(trimmed.employee).toEqual({ id: 3, documentId: 'e', fullName: 'X' });
    const everything = { catalog, canRead: () => true, visibleIds: async (_: string, ids: Array<number | string>) => new Set(ids) };
    const [kept] = await guardRecords([record], UID.scheduleEntry, everything);
    expect(kept).toEqual(record);
  });
});

describe('ownershipDefaults', () => {
  const me = { employeeDocumentId: 'emp1', departmentDocumentId: 'dep1' };

  test('empty owner fields are filled with the creator', () => {
    expect(ownershipDefaults(UID.counterparty, { name: 'A' }, me)).toEqual({ manager: 'emp1', department: 'dep1' });
    expect(ownershipDefaults(UID.counterparty, { manager: { connect: [], disconnect: [] } }, me)).toEqual({ manager: 'emp1', department: 'dep1' });
    expect(ownershipDefaults(UID.inboundRequest, { subject: 'x' }, me)).toEqual({ registeredBy: 'emp1' });
  });

  test('what the creator chose stays; types without owners and creators without a card get nothing', () => {
    expect(ownershipDefaults(UID.counterparty, { manager: { connect: [{ documentId: 'other' }] }, department: 'd2' }, me)).toEqual({});
    expect(ownershipDefaults(UID.product, { name: 'x' }, me)).toEqual({});
    expect(ownershipDefaults(UID.counterparty, {}, { employeeDocumentId: null })).toEqual({});
    expect(isUnsetRelation({ set: [{ documentId: 'a' }] })).toBe(false);
    expect(isUnsetRelation('abc')).toBe(false);
  });
});

test('a fractional number search leaves integer columns out (PostgreSQL would refuse the comparison)', () => {
  const replacement = guardSearch('777.77', UID.product, secretary) as { $or: Array<Record<string, unknown>> };
  expect(JSON.stringify(replacement)).not.toContain('vatRate');
  expect(replacement.$or).toContainEqual({ name: { $containsi: '777.77' } });
});
