import { typesInGroup } from '../type-meta';
import { ConditionKey } from './conditions';
import { CrudAction, REFERENCE_LISTS, UID } from './uids';

/**
 * Vitrylo's staff roles as plain data. They are created in the admin panel once (see ensure-roles.ts);
 * after that an administrator owns them and edits them in Settings → Roles.
 */

export interface Grant {
  subjects: readonly string[];
  actions: readonly CrudAction[];
  /** any of these conditions (Strapi ORs the conditions of one permission); none = every record */
  conditions?: readonly ConditionKey[];
}

export interface RoleDefinition {
  /** stable code the app and the demo logins find the role by */
  code: string;
  name: string;
  description: string;
  /** the role is given no money field anywhere (amounts, prices, totals, costs, budgets) */
  seesNoMoney?: boolean;
  grants: readonly Grant[];
  /** non content-manager actions (plugin::upload.read, ...) */
  pluginActions?: readonly string[];
}

export const ROLE_CODE = {
  director: 'vitrylo-director',
  salesManager: 'vitrylo-sales-manager',
  secretary: 'vitrylo-secretary',
  marketer: 'vitrylo-marketer',
  accountant: 'vitrylo-accountant',
} as const;

const CRUD: readonly CrudAction[] = ['create', 'read', 'update', 'delete'];

/** What every staff member reads: the company directory and the reference lists. */
const DIRECTORY = [UID.employee, UID.department] as const;
const READ_REFERENCES: Grant = { subjects: [...REFERENCE_LISTS, ...DIRECTORY], actions: ['read'] };
/** Personal notifications: each person reads, marks and removes their own. */
const OWN_NOTIFICATIONS: Grant = { subjects: [UID.notification], actions: ['read', 'update', 'delete'], conditions: ['me'] };
/**
 * Report subscriptions of whoever forms reports: each manages their own (the owner is the writer, the
 * relation guard keeps it so), and the report is mailed with the owner's visibility. The Director manages all.
 */
export const OWN_REPORT_SUBSCRIPTIONS: readonly Grant[] = [
  { subjects: [UID.reportSubscription], actions: ['create'] },
  { subjects: [UID.reportSubscription], actions: ['read', 'update', 'delete'], conditions: ['me'] },
];
export const ALL_REPORT_SUBSCRIPTIONS: Grant = { subjects: [UID.reportSubscription], actions: CRUD };

/** A sales manager's working records: full rights on own, read-only on the department's. */
const SALES_RECORDS = [
  UID.counterparty,
  UID.contactPerson,
  UID.interaction,
  UID.contract,
  UID.invoice,
  UID.inboundRequest,
  UID.complaint,
  UID.refusal,
] as const;

/** Every type a role can be given: all but what the system writes (audit trail, notifications). */
const ALL_CRM_TYPES = typesInGroup('reference', 'directory', 'work');

export const ROLES: readonly RoleDefinition[] = [
  {
    code: ROLE_CODE.director,
    name: 'Директор',
    description: 'Бачить усе; редагує контрагентів, хроніку контактів, звернення і рекламації.',
    grants: [
      { subjects: ALL_CRM_TYPES, actions: ['read'] },
      { subjects: [UID.auditEntry], actions: ['read'] },
      { subjects: [UID.counterparty, UID.interaction, UID.inboundRequest, UID.complaint], actions: ['create', 'update'] },
      ALL_REPORT_SUBSCRIPTIONS,
      OWN_NOTIFICATIONS,
    ],
    pluginActions: ['plugin::upload.read'],
  },
  {
    code: ROLE_CODE.salesManager,
    name: 'Менеджер з продажу',
    description:
      'Повні права на своїх контрагентів, їхню хроніку, документи і звернення; записи свого підрозділу лише для перегляду.',
    grants: [
      { subjects: SALES_RECORDS, actions: ['create'] },
      { subjects: SALES_RECORDS, actions: ['read'], conditions: ['responsible', 'department'] },
      { subjects: SALES_RECORDS, actions: ['update', 'delete'], conditions: ['responsible'] },
      { subjects: [UID.payment], actions: ['read'], conditions: ['responsible', 'department'] },
      { subjects: [UID.scheduleEntry], actions: ['create'] },
      { subjects: [UID.scheduleEntry], actions: ['read'], conditions: ['me', 'department'] },
      { subjects: [UID.scheduleEntry], actions: ['update', 'delete'], conditions: ['me'] },
      { subjects: [UID.product], actions: ['read'] },
      READ_REFERENCES,
      OWN_NOTIFICATIONS,
      ...OWN_REPORT_SUBSCRIPTIONS,
    ],
  },
  {
    code: ROLE_CODE.secretary,
    name: 'Секретар',
    description:
      'Реєструє звернення і контактних осіб, бачить контрагентів і де перебувають співробітники; не бачить жодних сум.',
    seesNoMoney: true,
    grants: [
      { subjects: [UID.counterparty], actions: ['read'] },
      { subjects: [UID.contactPerson, UID.inboundRequest], actions: ['create', 'read', 'update'] },
      { subjects: [UID.scheduleEntry, UID.product], actions: ['read'] },
      READ_REFERENCES,
      OWN_NOTIFICATIONS,
      ...OWN_REPORT_SUBSCRIPTIONS,
    ],
  },
  {
    code: ROLE_CODE.marketer,
    name: 'Маркетолог',
    description:
      'Маркетингові заходи, матеріали, сегменти, джерела залучення, відмови і рекламації; контрагентів і хроніку лише переглядає.',
    grants: [
      { subjects: [UID.marketingEvent, UID.marketingMaterial, UID.segment, UID.leadSource, UID.refusal, UID.complaint], actions: CRUD },
      { subjects: [UID.counterparty, UID.contactPerson, UID.interaction, UID.product], actions: ['read'] },
      READ_REFERENCES,
      OWN_NOTIFICATIONS,
      ...OWN_REPORT_SUBSCRIPTIONS,
    ],
  },
  {
    code: ROLE_CODE.accountant,
    name: 'Бухгалтер',
    description:
      'Договори, рахунки, оплати, банківські виписки і товари; контрагентів лише переглядає, хроніки контактів не бачить.',
    grants: [
      { subjects: [UID.contract, UID.invoice, UID.payment, UID.bankStatement, UID.product], actions: CRUD },
      { subjects: [UID.counterparty], actions: ['read'] },
      READ_REFERENCES,
      OWN_NOTIFICATIONS,
      ...OWN_REPORT_SUBSCRIPTIONS,
    ],
    pluginActions: ['plugin::upload.read', 'plugin::upload.assets.create', 'plugin::upload.assets.update', 'plugin::upload.assets.download', 'plugin::upload.assets.copy-link'],
  },
];

export function roleByCode(code: string): RoleDefinition {
  const role = ROLES.find((r) => r.code === code);
  if (!role) throw new Error(`unknown Vitrylo role ${code}`);
  return role;
}
