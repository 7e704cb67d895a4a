import type { DecimalKind } from '../domain/money/columns';
import { REFERENCE_FIELDS } from './shared-captions';

/**
 * What Vitrylo knows about a content type or component beyond its schema.json: Ukrainian captions, how the
 * admin panel shows it, which decimals are money, and whose records are whose. Each type keeps this in
 * `src/api/<type>/meta.ts` (components in `src/type-meta/components/`, because Strapi loads every file
 * beside a component's JSON as a component); `registry.ts` collects them and every central list is
 * derived from there. Plain data: the server, the admin panel and reports all read it.
 */

/** The ownership conditions of admin RBAC (src/access/conditions.ts) a type can give a path for. */
export type OwnershipConditionKey = 'responsible' | 'department' | 'assignee' | 'me';

/**
 * - reference: editable reference lists every staff role reads (industries, regions...)
 * - directory: the company's own structure (departments, employees), read by every staff role
 * - work: the CRM's working records
 * - system: written by the system (audit trail, notifications), never offered as a CRM type to roles
 */
export type TypeGroup = 'reference' | 'directory' | 'work' | 'system';

/** Edit-view rows: [field, width of 12]. */
export type EditRow = ReadonlyArray<readonly [string, number]>;

interface SharedMeta {
  uid: string;
  displayName: string;
  pluralName?: string;
  /** caption of every field (system fields such as createdAt have theirs in labels.ts) */
  fields: Readonly<Record<string, string>>;
  /** caption of every value of every enumeration field, per field: the same value may read differently elsewhere */
  enums?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** the field that shows a record in pickers, lists of related records and the audit trail */
  mainField: string;
  /** fields the server computes: shown, never edited by hand */
  readOnly?: readonly string[];
  /** the kind of every decimal field: money (14,2, hidden from roles that see no money), quantity (15,3), rate (5,2) */
  decimals?: Readonly<Record<string, DecimalKind>>;
  /** a line under a field in the edit view (the view's description), where the form needs one */
  hints?: Readonly<Record<string, string>>;
}

export interface ComponentMeta extends SharedMeta {}

export interface TypeMeta extends SharedMeta {
  uid: `api::${string}.${string}`;
  group: TypeGroup;
  pluralName: string;
  /** list-view columns, in order */
  list: readonly string[];
  /** edit-view rows, when Strapi's default order is not good enough */
  edit?: readonly EditRow[];
  /** default list sort */
  sort?: readonly [string, 'ASC' | 'DESC'];
  /**
   * Relation paths each ownership condition follows on this type: paths of `department` end at a
   * department, the others at an employee. A condition with no path here grants nothing on this type.
   */
  ownership?: Readonly<Partial<Record<OwnershipConditionKey, readonly string[]>>>;
  /** the owner fields set to the creator when a record is created in the panel without them */
  ownerDefaults?: { readonly employee: string; readonly department?: string };
  /**
   * To-many relations the edit view leaves out because the card shows them beside the form as readable
   * panels (src/admin/card): nobody reorders or detaches a client's chronicle or invoices by hand there.
   */
  cardPanels?: readonly string[];
  /** the record's edit view shows its change history beside it */
  auditPanel?: boolean;
  /**
   * What the panel's search looks a record up by, at any size: these fields (a component's as
   * 'bankAccounts.iban') are kept normalized in one indexed search column (src/search).
   */
  search?: readonly string[];
}

export const defineTypeMeta = (meta: TypeMeta): TypeMeta => meta;
export const defineComponentMeta = (meta: ComponentMeta): ComponentMeta => meta;

/**
 * A reference list (industries, regions, stages...): every one has the same fields and views, so its meta
 * is its uid and names, plus whatever it adds.
 */
export function referenceListMeta(uid: TypeMeta['uid'], displayName: string, pluralName: string, extra: Partial<TypeMeta> = {}): TypeMeta {
  return defineTypeMeta({
    uid,
    group: 'reference',
    displayName,
    pluralName,
    mainField: 'name',
    list: ['name', 'code', 'sortOrder', 'active'],
    ...extra,
    fields: { ...REFERENCE_FIELDS, ...(extra.fields ?? {}) },
  });
}
