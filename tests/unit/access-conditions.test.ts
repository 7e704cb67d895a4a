import { schemaCatalog } from '../helpers/schema-catalog';
import { relationPathTarget } from '../../src/access/catalog';
import { CONDITIONS, conditionQuery, conditionSubjects, ConditionKey, ownerFields } from '../../src/access/conditions';
import { UID } from '../../src/access/uids';

const catalog = schemaCatalog();
const me = { adminUserId: 7, departmentId: 3 };

describe('condition paths', () => {
  test.each(Object.keys(CONDITIONS) as ConditionKey[])('every path of "%s" is a relation path ending at the right type', (key) => {
    const { endsAt, paths } = CONDITIONS[key];
    const expected = endsAt === 'employee' ? UID.employee : UID.department;
    for (const [uid, list] of Object.entries(paths)) {
      for (const path of list) expect(`${uid}: ${path} -> ${relationPathTarget(catalog, uid, path)}`).toBe(`${uid}: ${path} -> ${expected}`);
    }
  });

  test('the employee relation is reachable to admin users', () => {
    expect(catalog.contentTypes[UID.employee].attributes.adminUser.target).toBe('admin::user');
  });
});

describe('conditionQuery', () => {
  test('is responsible manager: the counterparty manager is me', () => {
    expect(conditionQuery('responsible', UID.counterparty, me)).toEqual({ 'manager.adminUser.id': 7 });
  });

  test('is responsible manager on an interaction: through the counterparty or the interaction employee', () => {
    expect(conditionQuery('responsible', UID.interaction, me)).toEqual({
      $or: [{ 'counterparty.manager.adminUser.id': 7 }, { 'employee.adminUser.id': 7 }],
    });
  });

  test('in my department on a counterparty: its department or its manager department', () => {
    expect(conditionQuery('department', UID.counterparty, me)).toEqual({ $or: [{ 'department.id': 3 }, { 'manager.department.id': 3 }] });
  });

  test('in my department needs a department of mine', () => {
    expect(conditionQuery('department', UID.counterparty, { adminUserId: 7, departmentId: null })).toBe(false);
  });

  test('a condition grants nothing on a type it has no path for', () => {
    expect(conditionQuery('responsible', UID.product, me)).toBe(false);
    expect(conditionQuery('assignee', UID.counterparty, me)).toBe(false);
    expect(conditionQuery('me', UID.invoice, me)).toBe(false);
  });

  test('is assignee and is me', () => {
    expect(conditionQuery('assignee', UID.inboundRequest, me)).toEqual({ 'assignee.adminUser.id': 7 });
    expect(conditionQuery('me', UID.scheduleEntry, me)).toEqual({ 'employee.adminUser.id': 7 });
    expect(conditionQuery('me', UID.notification, me)).toEqual({ 'recipient.adminUser.id': 7 });
  });

  test('inbound requests belong to the department they were routed to', () => {
    const query = conditionQuery('department', UID.inboundRequest, me) as { $or: object[] };
    expect(query.$or).toContainEqual({ 'targetDepartment.id': 3 });
  });

  test('subjects per condition', () => {
    expect(conditionSubjects('me').sort()).toEqual([UID.notification, UID.scheduleEntry].sort());
  });
});

test('owner fields are the record\'s own fields the conditions follow', () => {
  expect(ownerFields(UID.counterparty)).toEqual({ employee: ['manager'], department: ['department'] });
  expect(ownerFields(UID.inboundRequest)).toEqual({ employee: ['assignee', 'registeredBy'], department: ['targetDepartment'] });
  expect(ownerFields(UID.scheduleEntry)).toEqual({ employee: ['employee'], department: [] });
  expect(ownerFields(UID.notification)).toEqual({ employee: ['recipient'], department: [] });
  expect(ownerFields(UID.product)).toEqual({ employee: [], department: [] });
});
