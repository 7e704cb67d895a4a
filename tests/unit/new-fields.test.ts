import { schemaCatalog } from '../helpers/schema-catalog';
import { currentFields, fieldsToAdd, newFieldsSince } from '../../src/access/new-fields';
import { roleByCode, ROLE_CODE } from '../../src/access/roles';
import { CM_ACTION, UID } from '../../src/access/uids';
import BASELINE from '../../src/access/field-baseline.json';

const catalog = schemaCatalog();

test('only fields the last start had not seen are new; new types are left to role additions', () => {
  expect(newFieldsSince({ a: ['x', 'y'] }, { a: ['x', 'y', 'z'], b: ['q'] })).toEqual({ a: ['z'] });
  expect(newFieldsSince({ a: ['x', 'y'] }, { a: ['x'] })).toEqual({});
});

test('the 0.1.0 baseline holds every field of today\'s types that existed then', () => {
  const current = currentFields(catalog);
  for (const [uid, fields] of Object.entries(BASELINE as Record<string, string[]>)) {
    expect([uid, fields.filter((f) => !current[uid]?.includes(f))]).toEqual([uid, []]);
  }
});

test('a new field goes to existing permissions whose role grants it; money stays away from the Secretary', () => {
  const added = { [UID.counterparty]: ['note'], [UID.product]: ['price', 'name'] };
  const stored = (subject: string, fields: string[], id: number) => ({ id, action: CM_ACTION.read, subject, properties: { fields } });
  const secretary = fieldsToAdd(roleByCode(ROLE_CODE.secretary), catalog, added, [stored(UID.counterparty, ['name'], 1), stored(UID.product, ['code'], 2)]);
  expect(secretary.get(1)).toEqual(['name', 'note']);
  expect(secretary.get(2)).toEqual(['code', 'name']);
  const accountant = fieldsToAdd(roleByCode(ROLE_CODE.accountant), catalog, added, [stored(UID.product, ['code'], 3)]);
  expect(accountant.get(3)).toEqual(['code', 'name', 'price']);
  // a permission the administrator removed stays removed
  expect(fieldsToAdd(roleByCode(ROLE_CODE.secretary), catalog, added, []).size).toBe(0);
});
