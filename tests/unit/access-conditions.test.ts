import { schemaCatalog, schemaFiles } from '../helpers/schema-catalog';
import { relationPathTarget } from '../../src/access/catalog';
import { accessColumnName, CONDITIONS, conditionQuery, conditionSubjects, ConditionKey, ownerFields } from '../../src/access/conditions';
import { accessColumnsOf, accessIndexes, typesWithAccessColumns } from '../../src/access/access-columns';
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
    expect(conditionQuery('responsible', UID.counterparty, me)).toEqual({ accessManagerUser: 7 });
  });

  test('is responsible manager on an interaction: through the counterparty or the interaction employee', () => {
    expect(conditionQuery('responsible', UID.interaction, me)).toEqual({
      $or: [{ accessCounterpartyManagerUser: 7 }, { accessEmployeeUser: 7 }],
    });
  });

  test('in my department on a counterparty: its department or its manager department', () => {
    expect(conditionQuery('department', UID.counterparty, me)).toEqual({ $or: [{ accessDepartment: 3 }, { accessManagerDepartment: 3 }] });
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
    expect(conditionQuery('assignee', UID.inboundRequest, me)).toEqual({ accessAssigneeUser: 7 });
    expect(conditionQuery('me', UID.scheduleEntry, me)).toEqual({ accessEmployeeUser: 7 });
    expect(conditionQuery('me', UID.notification, me)).toEqual({ accessRecipientUser: 7 });
  });

  test('inbound requests belong to the department they were routed to', () => {
    const query = conditionQuery('department', UID.inboundRequest, me) as { $or: object[] };
    expect(query.$or).toContainEqual({ accessTargetDepartment: 3 });
  });

  test('subjects per condition', () => {
    expect(conditionSubjects('me').sort()).toEqual([UID.notification, UID.reportSubscription, UID.scheduleEntry].sort());
  });
});

test('owner fields are the record\'s own fields the conditions follow', () => {
  expect(ownerFields(UID.counterparty)).toEqual({ employee: ['manager'], department: ['department'] });
  expect(ownerFields(UID.inboundRequest)).toEqual({ employee: ['assignee', 'registeredBy'], department: ['targetDepartment'] });
  expect(ownerFields(UID.scheduleEntry)).toEqual({ employee: ['employee'], department: [] });
  expect(ownerFields(UID.notification)).toEqual({ employee: ['recipient'], department: [] });
  expect(ownerFields(UID.product)).toEqual({ employee: [], department: [] });
});

describe('access columns', () => {
  test('one column per path, named after it, holding an admin user or a department', () => {
    expect(accessColumnName('counterparty.manager', 'employee')).toBe('accessCounterpartyManagerUser');
    expect(accessColumnName('counterparty.manager.department', 'department')).toBe('accessCounterpartyManagerDepartment');
    expect(accessColumnName('targetDepartment', 'department')).toBe('accessTargetDepartment');
    expect(accessColumnName('department', 'department')).toBe('accessDepartment');
    expect(accessColumnsOf(UID.interaction).map((column) => column.attribute).sort()).toEqual(
      [
        'accessCounterpartyManagerUser',
        'accessEmployeeUser',
        'accessCounterpartyDepartment',
        'accessCounterpartyManagerDepartment',
        'accessEmployeeDepartment',
        'accessCounterparty',
      ].sort(),
    );
    // a reference column: the client's own id, for its chronicle
    expect(accessColumnsOf(UID.interaction).find((column) => column.attribute === 'accessCounterparty')).toEqual({ attribute: 'accessCounterparty', path: ['counterparty'], endsAt: 'record' });
  });

  test('every condition path has its column, and two conditions on one path share it', () => {
    for (const [key, definition] of Object.entries(CONDITIONS)) {
      for (const [uid, paths] of Object.entries(definition.paths)) {
        const columns = accessColumnsOf(uid).map((column) => column.attribute);
        for (const path of paths) expect(columns).toContain(accessColumnName(path, CONDITIONS[key as ConditionKey].endsAt));
      }
    }
    // "responsible" and "assignee" both follow an inbound request's assignee
    expect(accessColumnsOf(UID.inboundRequest).filter((column) => column.attribute === 'accessAssigneeUser')).toHaveLength(1);
  });

  test('every step of every path is a to-one relation: a column holds one value', () => {
    const rawSchemas = new Map(schemaFiles().map(({ uid, attributes }) => [uid, attributes]));
    for (const uid of typesWithAccessColumns()) {
      for (const column of accessColumnsOf(uid)) {
        let model = uid;
        for (const step of column.path) {
          const attribute: any = rawSchemas.get(model)![step];
          expect(`${uid} ${column.path.join('.')}: ${step} ${attribute.relation}`).toMatch(/(manyToOne|oneToOne)$/);
          model = attribute.target;
        }
      }
    }
  });

  test('indexes pair each column with the list sort, under names PostgreSQL keeps whole', () => {
    const indexes = accessIndexes(UID.interaction, 'interactions');
    expect(indexes).toContainEqual({ name: 'interactions_access_employee_user_occurred_at_idx', columns: ['access_employee_user', 'occurred_at'] });
    expect(indexes).toContainEqual({ name: 'interactions_occurred_at_idx', columns: ['occurred_at'] });
    // one client's chronicle is counted from the index alone: it carries every column the caller's visibility reads
    const byClient = indexes.find((index) => index.columns[0] === 'access_counterparty')!;
    const visibilityColumns = accessColumnsOf(UID.interaction).filter((column) => column.endsAt !== 'record').map((column) => column.attribute.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
    expect(visibilityColumns.length).toBeGreaterThan(0);
    expect(byClient.columns).toEqual(['access_counterparty', 'occurred_at', ...visibilityColumns]);
    for (const uid of typesWithAccessColumns()) for (const index of accessIndexes(uid, uid.split('.')[1])) expect(index.name.length).toBeLessThanOrEqual(63);
    expect(new Set(accessIndexes(UID.inboundRequest, 'inbound_requests').map((index) => index.name)).size).toBe(accessIndexes(UID.inboundRequest, 'inbound_requests').length);
  });

  test("a person's open requests are a few ranges of an index of their own: assignee, state, newest first", () => {
    const indexes = accessIndexes(UID.inboundRequest, 'inbound_requests');
    const visibilityColumns = accessColumnsOf(UID.inboundRequest).filter((column) => column.endsAt !== 'record').map((column) => column.attribute.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
    expect(indexes.map((index) => index.columns)).toContainEqual(['access_assignee', 'state', 'received_at', ...visibilityColumns]);
    // the assignee's whole list, newest first, keeps its own range
    expect(indexes.map((index) => index.columns)).toContainEqual(['access_assignee', 'received_at', ...visibilityColumns]);
    expect(accessIndexes(UID.interaction, 'interactions').some((index) => index.columns.includes('state'))).toBe(false);
  });

  test('routing counts open requests per assignee from a (state, assignee) index', () => {
    expect(accessIndexes(UID.inboundRequest, 'inbound_requests').map((index) => index.columns)).toContainEqual(['state', 'access_assignee']);
    expect(accessIndexes(UID.notification, 'notifications').some((index) => index.columns[0] === 'state')).toBe(false);
  });
});
