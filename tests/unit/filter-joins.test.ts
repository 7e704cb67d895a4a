import { AttributesOf, reachesToMany } from '../../src/domain/lists/filter-joins';

const MODELS: Record<string, Record<string, any>> = {
  'api::request.request': {
    subject: { type: 'string' },
    counterparty: { type: 'relation', relation: 'manyToOne', target: 'api::client.client' },
    assignee: { type: 'relation', relation: 'oneToOne', target: 'api::employee.employee' },
    attachments: { type: 'media', multiple: true },
  },
  'api::client.client': {
    name: { type: 'string' },
    manager: { type: 'relation', relation: 'manyToOne', target: 'api::employee.employee' },
    contactPersons: { type: 'relation', relation: 'oneToMany', target: 'api::person.person' },
    address: { type: 'component', component: 'shared.address', repeatable: false },
    accounts: { type: 'component', component: 'shared.account', repeatable: true },
    owner: { type: 'relation', relation: 'morphToOne' },
  },
  'api::employee.employee': { fullName: { type: 'string' }, department: { type: 'relation', relation: 'manyToOne', target: 'api::department.department' } },
  'api::department.department': { name: { type: 'string' }, employees: { type: 'relation', relation: 'oneToMany', target: 'api::employee.employee' } },
  'api::person.person': { fullName: { type: 'string' } },
  'shared.address': { city: { type: 'string' } },
  'shared.account': { iban: { type: 'string' } },
};
const attributesOf: AttributesOf = (uid) => MODELS[uid];
const REQUEST = 'api::request.request';

describe('whether a filter reaches through a to-many relation', () => {
  test('plain columns, unknown keys (reference columns) and operators: no', () => {
    expect(reachesToMany({ subject: { $contains: 'x' }, access_assignee: 5, $and: [{ id: { $gt: 0 } }] }, REQUEST, attributesOf)).toBe(false);
    expect(reachesToMany({}, REQUEST, attributesOf)).toBe(false);
    expect(reachesToMany(null, REQUEST, attributesOf)).toBe(false);
  });

  test('to-one steps, however deep, and a single component: no', () => {
    expect(reachesToMany({ counterparty: { manager: { department: { name: 'Продажі' } } } }, REQUEST, attributesOf)).toBe(false);
    expect(reachesToMany({ $or: [{ assignee: { id: 3 } }, { counterparty: { address: { city: 'Київ' } } }] }, REQUEST, attributesOf)).toBe(false);
  });

  test('a to-many step anywhere, under $and / $or / $not too: yes', () => {
    expect(reachesToMany({ counterparty: { contactPersons: { fullName: { $notNull: true } } } }, REQUEST, attributesOf)).toBe(true);
    expect(reachesToMany({ $or: [{ subject: 'a' }, { $not: { counterparty: { manager: { department: { employees: { fullName: 'x' } } } } } }] }, REQUEST, attributesOf)).toBe(true);
    expect(reachesToMany({ $and: [{ subject: 'a' }, [{ attachments: { name: 'x' } }]] }, REQUEST, attributesOf)).toBe(true);
  });

  test('repeatable components and morph relations count as to-many', () => {
    expect(reachesToMany({ counterparty: { accounts: { iban: { $contains: 'UA' } } } }, REQUEST, attributesOf)).toBe(true);
    expect(reachesToMany({ counterparty: { owner: { id: 1 } } }, REQUEST, attributesOf)).toBe(true);
  });
});
