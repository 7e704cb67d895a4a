import type { Core } from '@strapi/strapi';
import { createAdminUser, loginAdmin, AdminSession } from './admin';
import type { TestApp } from './strapi';
import { ROLE_CODE } from '../../src/access/roles';
import { UID } from '../../src/access/uids';

/**
 * A small company for access tests: two sales departments and an office, one person per role, and three
 * sets of CRM records — the test manager's own, a department colleague's and another department's.
 */

export interface Ref {
  id: number;
  documentId: string;
}

export type Scope = 'own' | 'department' | 'other';
export const SCOPES: Scope[] = ['own', 'department', 'other'];

export interface RecordSet {
  counterparty: Ref;
  contactPerson: Ref;
  interaction: Ref;
  contract: Ref;
  invoice: Ref;
  payment: Ref;
  inboundRequest: Ref;
  complaint: Ref;
  refusal: Ref;
  scheduleEntry: Ref;
  notification: Ref;
  /** text in every main field of the set, to find it in relation pickers */
  tag: string;
}

export type Person = 'director' | 'manager' | 'colleague' | 'otherManager' | 'secretary' | 'marketer' | 'accountant';

export interface AccessFixtures {
  departments: Record<'sales1' | 'sales2' | 'office', Ref>;
  employees: Record<Person, Ref>;
  emails: Record<Person, string>;
  records: Record<Scope, RecordSet>;
  /** a counter making every created name unique */
  seq: () => number;
}

const ROLE_OF: Record<Person, string> = {
  director: ROLE_CODE.director,
  manager: ROLE_CODE.salesManager,
  colleague: ROLE_CODE.salesManager,
  otherManager: ROLE_CODE.salesManager,
  secretary: ROLE_CODE.secretary,
  marketer: ROLE_CODE.marketer,
  accountant: ROLE_CODE.accountant,
};

/** Marker every fixture name carries. */
export const TAG = 'ACCFIX';

const ref = (doc: any): Ref => ({ id: doc.id, documentId: doc.documentId });

async function create(strapi: Core.Strapi, uid: string, data: Record<string, unknown>): Promise<Ref> {
  return ref(await strapi.documents(uid as any).create({ data } as any));
}

let counter = 0;
const seq = () => {
  counter += 1;
  return counter;
};

/** The records one manager owns, registered in their department. */
export async function createRecordSet(strapi: Core.Strapi, label: string, manager: Ref, department: Ref, registeredBy: Ref): Promise<RecordSet> {
  const n = seq();
  const tag = `${TAG} ${label} ${n}`;
  const counterparty = await create(strapi, UID.counterparty, { name: `${tag} контрагент`, kind: 'client', manager: manager.documentId, department: department.documentId });
  const contactPerson = await create(strapi, UID.contactPerson, { fullName: `${tag} контакт`, counterparty: counterparty.documentId });
  const interaction = await create(strapi, UID.interaction, {
    subject: `${tag} дзвінок`,
    kind: 'call-out',
    occurredAt: '2025-03-01T10:00:00.000Z',
    counterparty: counterparty.documentId,
    employee: manager.documentId,
  });
  const lines = [{ description: 'Вікно', quantity: 2, price: 1500, vatRate: 20 }];
  const contract = await create(strapi, UID.contract, { number: `${tag} Д-${n}`, date: '2025-02-01', counterparty: counterparty.documentId, author: manager.documentId, lines });
  const invoice = await create(strapi, UID.invoice, {
    number: `${tag} Р-${n}`,
    date: '2025-03-02',
    counterparty: counterparty.documentId,
    contract: contract.documentId,
    author: manager.documentId,
    lines,
  });
  const payment = await create(strapi, UID.payment, {
    date: '2025-03-05',
    amount: 3600,
    direction: 'incoming',
    purpose: `${tag} оплата`,
    counterparty: counterparty.documentId,
    invoice: invoice.documentId,
    dedupeKey: `${tag}-${n}`,
  });
  const inboundRequest = await create(strapi, UID.inboundRequest, {
    subject: `${tag} звернення`,
    receivedAt: '2025-03-03T09:00:00.000Z',
    channel: 'phone',
    counterparty: counterparty.documentId,
    registeredBy: registeredBy.documentId,
    targetDepartment: department.documentId,
  });
  const complaint = await create(strapi, UID.complaint, {
    number: `${tag} РК-${n}`,
    receivedAt: '2025-03-04T09:00:00.000Z',
    category: 'quality',
    description: 'Подряпина на склі',
    counterparty: counterparty.documentId,
    invoice: invoice.documentId,
    cost: 250,
  });
  const refusal = await create(strapi, UID.refusal, { comment: `${tag} відмова`, date: '2025-03-06', kind: 'refused-purchase', counterparty: counterparty.documentId, lostAmount: 9000 });
  const scheduleEntry = await create(strapi, UID.scheduleEntry, {
    purpose: `${tag} візит`,
    employee: manager.documentId,
    counterparty: counterparty.documentId,
    start: '2025-03-07T08:00:00.000Z',
    end: '2025-03-07T12:00:00.000Z',
    kind: 'client-visit',
  });
  const notification = await create(strapi, UID.notification, { title: `${tag} нагадування`, recipient: manager.documentId, kind: 'system' });
  return { counterparty, contactPerson, interaction, contract, invoice, payment, inboundRequest, complaint, refusal, scheduleEntry, notification, tag };
}

/** Creates the company and the admin logins (password TEST_PASSWORD); emails carry a suffix unique per call. */
export async function createAccessFixtures(strapi: Core.Strapi, suffix = ''): Promise<AccessFixtures> {
  const sales1 = await create(strapi, UID.department, { name: `Відділ продажів 1${suffix}` });
  const sales2 = await create(strapi, UID.department, { name: `Відділ продажів 2${suffix}` });
  const office = await create(strapi, UID.department, { name: `Адміністрація${suffix}` });
  const departmentOf: Record<Person, Ref> = {
    director: office,
    manager: sales1,
    colleague: sales1,
    otherManager: sales2,
    secretary: office,
    marketer: office,
    accountant: office,
  };
  const employees = {} as Record<Person, Ref>;
  const emails = {} as Record<Person, string>;
  for (const person of Object.keys(ROLE_OF) as Person[]) {
    const email = `${person.toLowerCase()}${suffix}@vitrylo.test`;
    const user: any = await createAdminUser(strapi, email, [ROLE_OF[person]]);
    employees[person] = await create(strapi, UID.employee, {
      fullName: `Працівник ${person}${suffix}`,
      email: `${person.toLowerCase()}${suffix}@staff.vitrylo.test`,
      department: departmentOf[person].documentId,
      adminUser: user.id,
    });
    emails[person] = email;
  }
  const records: Record<Scope, RecordSet> = {
    own: await createRecordSet(strapi, 'Own', employees.manager, sales1, employees.secretary),
    department: await createRecordSet(strapi, 'Dept', employees.colleague, sales1, employees.secretary),
    other: await createRecordSet(strapi, 'Other', employees.otherManager, sales2, employees.secretary),
  };
  return { departments: { sales1, sales2, office }, employees, emails, records, seq };
}

export async function loginAll(app: TestApp, fixtures: AccessFixtures): Promise<Record<Person, AdminSession>> {
  const sessions = {} as Record<Person, AdminSession>;
  for (const person of Object.keys(fixtures.emails) as Person[]) sessions[person] = await loginAdmin(app, fixtures.emails[person]);
  return sessions;
}

/** The full names of the three sales managers' employee cards, as reports show them. */
export async function salesManagerNames(strapi: Core.Strapi, fixtures: AccessFixtures): Promise<Record<'manager' | 'colleague' | 'otherManager', string>> {
  const names = {} as Record<'manager' | 'colleague' | 'otherManager', string>;
  for (const person of ['manager', 'colleague', 'otherManager'] as const) {
    const employee: any = await strapi.db.query(UID.employee as any).findOne({ where: { id: fixtures.employees[person].id }, select: ['fullName'] });
    names[person] = employee.fullName;
  }
  return names;
}
