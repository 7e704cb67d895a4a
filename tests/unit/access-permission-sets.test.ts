import { schemaCatalog } from '../helpers/schema-catalog';
import { attributeAt, fieldPaths } from '../../src/access/catalog';
import { isMoneyPath, MONEY_ATTRIBUTES } from '../../src/access/money-fields';
import { grantedFields, rolePermissions } from '../../src/access/permission-sets';
import { ROLE_CODE, roleByCode, ROLES } from '../../src/access/roles';
import { conditionId } from '../../src/access/conditions';
import { CM_ACTION, REFERENCE_LISTS, UID } from '../../src/access/uids';

const catalog = schemaCatalog();
const perms = (code: string) => rolePermissions(roleByCode(code), catalog);
const find = (code: string, action: keyof typeof CM_ACTION, subject: string) =>
  perms(code).filter((p) => p.action === CM_ACTION[action] && p.subject === subject);
const subjectsWith = (code: string, action: keyof typeof CM_ACTION) =>
  new Set(perms(code).filter((p) => p.action === CM_ACTION[action]).map((p) => p.subject));
const MONEY_TYPES = [UID.invoice, UID.contract, UID.payment, UID.bankStatement];

describe('money classification', () => {
  test('every listed money attribute exists', () => {
    for (const [uid, names] of Object.entries(MONEY_ATTRIBUTES)) {
      const model = catalog.contentTypes[uid] ?? catalog.components[uid];
      for (const name of names) expect(`${uid}.${name}:${model?.attributes[name]?.type}`).toBe(`${uid}.${name}:decimal`);
    }
  });

  test('money inside components is found through the component', () => {
    expect(isMoneyPath(catalog, UID.invoice, 'lines.price')).toBe(true);
    expect(isMoneyPath(catalog, UID.invoice, 'lines.quantity')).toBe(false);
    expect(isMoneyPath(catalog, UID.marketingEvent, 'costs.amount')).toBe(true);
    expect(isMoneyPath(catalog, UID.marketingEvent, 'discountPercent')).toBe(false);
    expect(isMoneyPath(catalog, UID.counterparty, 'name')).toBe(false);
  });
});

describe('role definitions', () => {
  test('codes are stable, unique and prefixed', () => {
    const codes = ROLES.map((r) => r.code);
    expect(codes).toEqual(['vitrylo-director', 'vitrylo-sales-manager', 'vitrylo-secretary', 'vitrylo-marketer', 'vitrylo-accountant']);
    expect(new Set(ROLES.map((r) => r.name)).size).toBe(ROLES.length);
  });

  test('two grants of one action on one type merge: an unconditional grant wins', () => {
    const role = { code: 'x', name: 'x', description: '', grants: [
      { subjects: [UID.counterparty], actions: ['read' as const], conditions: ['responsible' as const] },
      { subjects: [UID.counterparty], actions: ['read' as const], conditions: ['department' as const] },
      { subjects: [UID.interaction], actions: ['read' as const], conditions: ['responsible' as const] },
      { subjects: [UID.interaction], actions: ['read' as const] },
    ] };
    const result = rolePermissions(role, catalog);
    expect(result).toHaveLength(2);
    expect(result[0].conditions).toEqual([conditionId('responsible'), conditionId('department')]);
    expect(result[1].conditions).toEqual([]);
  });

  test('no role holds two permissions for the same action and content type (the Roles UI shows one)', () => {
    for (const role of ROLES) {
      const keys = rolePermissions(role, catalog).map((p) => `${p.action} ${p.subject ?? ''}`);
      expect(keys.length).toBe(new Set(keys).size);
    }
  });

  test('every granted field exists on its content type and relations point at readable types', () => {
    for (const role of ROLES) {
      for (const p of rolePermissions(role, catalog)) {
        if (!p.subject || !p.properties?.fields) continue;
        const all = new Set(fieldPaths(catalog, p.subject));
        for (const field of p.properties.fields) expect(all.has(field)).toBe(true);
      }
    }
  });

  test('every staff role reads reference lists, employees and departments, and only its own notifications', () => {
    for (const role of ROLES) {
      const readable = subjectsWith(role.code, 'read');
      for (const uid of [...REFERENCE_LISTS, UID.employee, UID.department]) expect(readable.has(uid)).toBe(true);
      const [notification] = find(role.code, 'read', UID.notification);
      expect(notification.conditions).toEqual([conditionId('me')]);
    }
  });
});

describe('Director', () => {
  test('reads every content type without conditions, edits four, deletes nothing but report subscriptions (which it manages)', () => {
    for (const uid of Object.keys(catalog.contentTypes)) {
      const [read] = find(ROLE_CODE.director, 'read', uid);
      expect(read).toBeDefined();
      if (uid !== UID.notification) expect(read.conditions).toEqual([]);
    }
    expect([...subjectsWith(ROLE_CODE.director, 'update')].sort()).toEqual([UID.complaint, UID.counterparty, UID.inboundRequest, UID.interaction, UID.notification, UID.reportSubscription].sort());
    expect(subjectsWith(ROLE_CODE.director, 'delete')).toEqual(new Set([UID.notification, UID.reportSubscription]));
    expect(find(ROLE_CODE.director, 'update', UID.reportSubscription)[0].conditions).toEqual([]);
    expect(find(ROLE_CODE.director, 'read', UID.invoice)[0].properties?.fields).toContain('total');
  });
});

describe('Sales manager', () => {
  const owned = [UID.counterparty, UID.contactPerson, UID.interaction, UID.contract, UID.invoice, UID.inboundRequest, UID.complaint, UID.refusal];

  test('own records: full rights; department: read; create is unconditional', () => {
    for (const uid of owned) {
      expect(find(ROLE_CODE.salesManager, 'read', uid)[0].conditions).toEqual([conditionId('responsible'), conditionId('department')]);
      expect(find(ROLE_CODE.salesManager, 'update', uid)[0].conditions).toEqual([conditionId('responsible')]);
      expect(find(ROLE_CODE.salesManager, 'delete', uid)[0].conditions).toEqual([conditionId('responsible')]);
      expect(find(ROLE_CODE.salesManager, 'create', uid)[0].conditions).toEqual([]);
    }
  });

  test('payments read-only, schedule by "is me", no bank statements, routing or marketing', () => {
    expect(find(ROLE_CODE.salesManager, 'read', UID.payment)[0].conditions).toEqual([conditionId('responsible'), conditionId('department')]);
    expect(find(ROLE_CODE.salesManager, 'update', UID.payment)).toHaveLength(0);
    expect(find(ROLE_CODE.salesManager, 'update', UID.scheduleEntry)[0].conditions).toEqual([conditionId('me')]);
    const readable = subjectsWith(ROLE_CODE.salesManager, 'read');
    for (const uid of [UID.bankStatement, UID.routingRule, UID.marketingEvent, UID.segment, UID.reportTemplate]) expect(readable.has(uid)).toBe(false);
  });

  test('relations to unreadable types are not granted (no filtering through them)', () => {
    const fields = grantedFields(roleByCode(ROLE_CODE.salesManager), catalog, UID.counterparty);
    expect(fields).toContain('invoices');
    expect(fields).not.toContain('segments');
    expect(grantedFields(roleByCode(ROLE_CODE.salesManager), catalog, UID.interaction)).not.toContain('marketingEvent');
    expect(grantedFields(roleByCode(ROLE_CODE.salesManager), catalog, UID.employee)).not.toContain('adminUser');
  });
});

describe('Secretary', () => {
  test('never a money field, in any permission', () => {
    for (const p of perms(ROLE_CODE.secretary)) {
      for (const field of p.properties?.fields ?? []) {
        expect(`${p.subject}.${field}:${isMoneyPath(catalog, p.subject!, field)}`).toBe(`${p.subject}.${field}:false`);
      }
    }
    expect(find(ROLE_CODE.secretary, 'read', UID.product)[0].properties?.fields).not.toContain('price');
    expect(find(ROLE_CODE.secretary, 'read', UID.product)[0].properties?.fields).toContain('name');
  });

  test('no access at all to invoices, contracts, payments, bank statements', () => {
    const subjects = new Set(perms(ROLE_CODE.secretary).map((p) => p.subject));
    for (const uid of MONEY_TYPES) expect(subjects.has(uid)).toBe(false);
    const counterpartyFields = find(ROLE_CODE.secretary, 'read', UID.counterparty)[0].properties!.fields!;
    for (const field of ['invoices', 'contracts', 'payments', 'refusals', 'complaints', 'interactions']) expect(counterpartyFields).not.toContain(field);
  });

  test('registers requests and contact persons, reads counterparties and whereabouts', () => {
    for (const action of ['create', 'read', 'update'] as const) {
      expect(find(ROLE_CODE.secretary, action, UID.inboundRequest)).toHaveLength(1);
      expect(find(ROLE_CODE.secretary, action, UID.contactPerson)).toHaveLength(1);
    }
    expect(find(ROLE_CODE.secretary, 'delete', UID.inboundRequest)).toHaveLength(0);
    expect(find(ROLE_CODE.secretary, 'read', UID.counterparty)[0].conditions).toEqual([]);
    expect(find(ROLE_CODE.secretary, 'read', UID.scheduleEntry)[0].conditions).toEqual([]);
    expect(find(ROLE_CODE.secretary, 'update', UID.counterparty)).toHaveLength(0);
    expect(grantedFields(roleByCode(ROLE_CODE.secretary), catalog, UID.inboundRequest)).not.toContain('interaction');
  });
});

describe('Marketer', () => {
  test('full rights on marketing sections, refusals and complaints; reads counterparties and interactions', () => {
    for (const uid of [UID.marketingEvent, UID.marketingMaterial, UID.segment, UID.leadSource, UID.refusal, UID.complaint]) {
      for (const action of ['create', 'read', 'update', 'delete'] as const) expect(find(ROLE_CODE.marketer, action, uid)).toHaveLength(1);
    }
    for (const uid of [UID.counterparty, UID.contactPerson, UID.interaction]) {
      expect(find(ROLE_CODE.marketer, 'read', uid)).toHaveLength(1);
      expect(find(ROLE_CODE.marketer, 'update', uid)).toHaveLength(0);
    }
    for (const uid of MONEY_TYPES) expect(subjectsWith(ROLE_CODE.marketer, 'read').has(uid)).toBe(false);
    expect(grantedFields(roleByCode(ROLE_CODE.marketer), catalog, UID.complaint)).not.toContain('invoice');
    expect(grantedFields(roleByCode(ROLE_CODE.marketer), catalog, UID.marketingEvent)).toContain('budget');
  });
});

describe('Accountant', () => {
  test('full rights on documents, payments, statements and products; reads counterparties; no interactions', () => {
    for (const uid of [UID.contract, UID.invoice, UID.payment, UID.bankStatement, UID.product]) {
      for (const action of ['create', 'read', 'update', 'delete'] as const) expect(find(ROLE_CODE.accountant, action, uid)).toHaveLength(1);
    }
    expect(find(ROLE_CODE.accountant, 'read', UID.counterparty)).toHaveLength(1);
    const subjects = new Set(perms(ROLE_CODE.accountant).map((p) => p.subject));
    for (const uid of [UID.interaction, UID.inboundRequest, UID.contactPerson, UID.complaint]) expect(subjects.has(uid)).toBe(false);
    expect(grantedFields(roleByCode(ROLE_CODE.accountant), catalog, UID.counterparty)).not.toContain('interactions');
    expect(perms(ROLE_CODE.accountant).some((p) => p.action === 'plugin::upload.read')).toBe(true);
  });

  test('component fields are granted leaf by leaf', () => {
    const fields = find(ROLE_CODE.accountant, 'update', UID.invoice)[0].properties!.fields!;
    expect(fields).toEqual(expect.arrayContaining(['lines.price', 'lines.product', 'lines.quantity', 'total']));
    expect(attributeAt(catalog, UID.invoice, 'lines.product')?.target).toBe(UID.product);
  });
});

describe('report subscriptions', () => {
  test('whoever forms reports creates subscriptions and reads, edits and deletes only their own', () => {
    for (const code of [ROLE_CODE.salesManager, ROLE_CODE.secretary, ROLE_CODE.marketer, ROLE_CODE.accountant]) {
      expect(find(code, 'create', UID.reportSubscription)[0].conditions).toEqual([]);
      for (const action of ['read', 'update', 'delete'] as const) expect([code, action, find(code, action, UID.reportSubscription)[0].conditions]).toEqual([code, action, [conditionId('me')]]);
    }
  });
});
