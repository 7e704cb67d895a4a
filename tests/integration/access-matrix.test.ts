import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures, loginAll, Person, Scope, SCOPES } from '../helpers/access-fixtures';
import { UID } from '../../src/access/uids';

/**
 * Who sees and changes what: for each role, the test manager's own records, a department colleague's
 * and another department's, through every content-manager read path (list, count, search, single record,
 * relation picker) and through update and delete. A denied record must be invisible, not just read-only.
 */

type TypeKey = 'counterparty' | 'interaction' | 'invoice' | 'inboundRequest';
const TYPES: TypeKey[] = ['counterparty', 'interaction', 'invoice', 'inboundRequest'];
const ROLES_UNDER_TEST = ['director', 'manager', 'secretary', 'marketer', 'accountant'] as const;
type Role = (typeof ROLES_UNDER_TEST)[number];

interface Rights {
  read: boolean;
  update: boolean;
  delete: boolean;
}
const NONE: Rights = { read: false, update: false, delete: false };
const READ: Rights = { read: true, update: false, delete: false };
const EDIT: Rights = { read: true, update: true, delete: false };
const FULL: Rights = { read: true, update: true, delete: true };

/** The designed rights (docs/access.md), per role, type and whose record it is. */
function designed(role: Role, type: TypeKey, scope: Scope): Rights {
  switch (role) {
    case 'director':
      return type === 'invoice' ? READ : EDIT;
    case 'manager':
      return scope === 'own' ? FULL : scope === 'department' ? READ : NONE;
    case 'secretary':
      return type === 'counterparty' ? READ : type === 'inboundRequest' ? EDIT : NONE;
    case 'marketer':
      return type === 'counterparty' || type === 'interaction' ? READ : NONE;
    case 'accountant':
      return type === 'counterparty' ? READ : type === 'invoice' ? FULL : NONE;
  }
}

/** A relation field through which each role would pick a record of the type (a readable source where one exists). */
const PICKER: Record<TypeKey, Record<Role, [string, string]>> = {
  counterparty: {
    director: [UID.interaction, 'counterparty'],
    manager: [UID.interaction, 'counterparty'],
    marketer: [UID.interaction, 'counterparty'],
    secretary: [UID.inboundRequest, 'counterparty'],
    accountant: [UID.invoice, 'counterparty'],
  },
  interaction: {
    director: [UID.inboundRequest, 'interaction'],
    manager: [UID.inboundRequest, 'interaction'],
    marketer: [UID.marketingEvent, 'interactions'],
    secretary: [UID.inboundRequest, 'interaction'],
    accountant: [UID.counterparty, 'interactions'],
  },
  invoice: {
    director: [UID.interaction, 'invoice'],
    manager: [UID.interaction, 'invoice'],
    marketer: [UID.complaint, 'invoice'],
    secretary: [UID.counterparty, 'invoices'],
    accountant: [UID.payment, 'invoice'],
  },
  inboundRequest: {
    director: [UID.interaction, 'inboundRequest'],
    manager: [UID.interaction, 'inboundRequest'],
    marketer: [UID.counterparty, 'inboundRequests'],
    secretary: [UID.counterparty, 'inboundRequests'],
    accountant: [UID.counterparty, 'inboundRequests'],
  },
};

/** A harmless change per type, on a field every role that may update it may write. */
const CHANGE: Record<TypeKey, Record<string, unknown>> = {
  counterparty: { note: 'змінено в тесті' },
  interaction: { result: 'змінено в тесті' },
  invoice: { note: 'змінено в тесті' },
  inboundRequest: { message: 'змінено в тесті' },
};
const CHANGED_FIELD: Record<TypeKey, string> = { counterparty: 'note', interaction: 'result', invoice: 'note', inboundRequest: 'message' };

let app: TestApp;
let fx: AccessFixtures;
let sessions: Record<Person, AdminSession>;

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  sessions = await loginAll(app, fx);
});
afterAll(async () => {
  await app?.stop();
});

const docId = (type: TypeKey, scope: Scope) => fx.records[scope][type].documentId;
const invisible = (status: number) => status === 403 || status === 404;

async function listIds(session: AdminSession, type: TypeKey, query = ''): Promise<{ status: number; ids: string[]; total: number }> {
  const res = await session.get(`${cm(UID[type])}?page=1&pageSize=100${query}`);
  return { status: res.status, ids: (res.body.results ?? []).map((r: any) => r.documentId), total: res.body.pagination?.total ?? 0 };
}

/** A new record of the type owned like the scope's fixtures, to update or delete without spoiling them. */
async function victim(type: TypeKey, scope: Scope): Promise<string> {
  const set = fx.records[scope];
  const owner = scope === 'own' ? fx.employees.manager : scope === 'department' ? fx.employees.colleague : fx.employees.otherManager;
  const department = scope === 'other' ? fx.departments.sales2 : fx.departments.sales1;
  const n = fx.seq();
  const data: Record<TypeKey, Record<string, unknown>> = {
    counterparty: { name: `Жертва ${n}`, kind: 'client', manager: owner.documentId, department: department.documentId },
    interaction: { subject: `Жертва ${n}`, kind: 'call-in', occurredAt: '2025-04-01T10:00:00.000Z', counterparty: set.counterparty.documentId, employee: owner.documentId },
    invoice: { number: `Ж-${n}`, date: '2025-04-01', counterparty: set.counterparty.documentId, author: owner.documentId, lines: [] },
    inboundRequest: {
      subject: `Жертва ${n}`,
      receivedAt: '2025-04-01T09:00:00.000Z',
      channel: 'email',
      counterparty: set.counterparty.documentId,
      targetDepartment: department.documentId,
    },
  };
  const doc: any = await app.strapi.documents(UID[type] as any).create({ data: data[type] } as any);
  return doc.documentId;
}

/** Victims go away after their test, so that lists and counts keep to the fixtures. */
const removeVictim = (type: TypeKey, documentId: string) => app.strapi.documents(UID[type] as any).delete({ documentId });

const exists = async (type: TypeKey, documentId: string) => (await app.strapi.db.query(UID[type] as any).count({ where: { documentId } })) > 0;

describe.each(ROLES_UNDER_TEST)('%s', (role) => {
  describe.each(TYPES)('%s', (type) => {
    test('list, count and search show exactly the visible records', async () => {
      const visibleScopes = SCOPES.filter((scope) => designed(role, type, scope).read);
      // Requests written by the fixtures add their chronicle entries (routing writes them): the count is
      // checked over the fixtures' own records, each scope once.
      const fixtures = SCOPES.map((scope, index) => `&filters[documentId][$in][${index}]=${docId(type, scope)}`).join('');
      const list = await listIds(sessions[role], type, fixtures);
      if (visibleScopes.length === 0) {
        expect(list.status).toBe(403);
        return;
      }
      expect(list.status).toBe(200);
      for (const scope of SCOPES) expect([scope, list.ids.includes(docId(type, scope))]).toEqual([scope, visibleScopes.includes(scope)]);
      expect(list.total).toBe(visibleScopes.length);
      for (const scope of SCOPES) {
        const searched = await listIds(sessions[role], type, `&_q=${encodeURIComponent(fx.records[scope].tag)}${fixtures}`);
        expect([scope, searched.ids]).toEqual([scope, visibleScopes.includes(scope) ? [docId(type, scope)] : []]);
      }
    });

    test.each(SCOPES)('single record of scope %s', async (scope) => {
      const res = await sessions[role].get(cm(UID[type], docId(type, scope)));
      if (designed(role, type, scope).read) {
        expect(res.status).toBe(200);
        expect(res.body.data.documentId).toBe(docId(type, scope));
      } else {
        expect(invisible(res.status)).toBe(true);
        expect(JSON.stringify(res.body)).not.toContain(fx.records[scope].tag);
      }
    });

    test.each(SCOPES)('relation picker with scope %s', async (scope) => {
      const [source, field] = PICKER[type][role];
      const res = await sessions[role].get(`/content-manager/relations/${source}/${field}?pageSize=100&_q=${encodeURIComponent(fx.records[scope].tag)}`);
      const ids = res.status === 200 ? res.body.results.map((r: any) => r.documentId) : [];
      if (designed(role, type, scope).read) {
        expect(res.status).toBe(200);
        expect(ids).toContain(docId(type, scope));
      } else {
        expect(ids).not.toContain(docId(type, scope));
        expect([200, 403]).toContain(res.status);
      }
    });

    test.each(SCOPES)('update of scope %s', async (scope) => {
      const documentId = await victim(type, scope);
      const res = await sessions[role].put(cm(UID[type], documentId), CHANGE[type]);
      const stored: any = await app.strapi.db.query(UID[type] as any).findOne({ where: { documentId } });
      if (designed(role, type, scope).update) {
        expect(res.status).toBe(200);
        expect(stored[CHANGED_FIELD[type]]).toBe('змінено в тесті');
      } else {
        expect(invisible(res.status)).toBe(true);
        expect(stored[CHANGED_FIELD[type]]).toBeNull();
      }
      await removeVictim(type, documentId);
    });

    test.each(SCOPES)('delete of scope %s', async (scope) => {
      const documentId = await victim(type, scope);
      const res = await sessions[role].del(cm(UID[type], documentId));
      if (designed(role, type, scope).delete) {
        expect(res.status).toBe(200);
        expect(await exists(type, documentId)).toBe(false);
      } else {
        expect(invisible(res.status)).toBe(true);
        expect(await exists(type, documentId)).toBe(true);
        await removeVictim(type, documentId);
      }
    });
  });
});
