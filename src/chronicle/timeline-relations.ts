import type { Core } from '@strapi/strapi';
import { readableIdsSubquery, Visibility } from '../access/visibility';
import { column, link, TypeLayout, typeLayout } from '../seed/scale-db/layout';
import { CONTACT_PERSON, INTERACTION } from '../inbox/uids';

/** What a timeline row names: its employee, contact person, stage and business line. */
export interface TimelineRelations {
  employee: { documentId: string; fullName: string | null } | null;
  contactPerson: { id: number; documentId: string; fullName: string | null } | null;
  stage: { documentId: string; name: string | null } | null;
  businessLine: { documentId: string; name: string | null } | null;
}

type RelationName = keyof TimelineRelations;

/** Each relation and the field it is shown by. */
const RELATIONS: ReadonlyArray<{ name: RelationName; label: string }> = [
  { name: 'employee', label: 'fullName' },
  { name: 'contactPerson', label: 'fullName' },
  { name: 'stage', label: 'name' },
  { name: 'businessLine', label: 'name' },
];

interface Layouts {
  interaction: TypeLayout;
  targets: Map<RelationName, TypeLayout>;
}

const layoutsOf = new WeakMap<object, Layouts>();

function layouts(strapi: Core.Strapi): Layouts {
  let known = layoutsOf.get(strapi);
  if (!known) {
    const attributes: any = strapi.db.metadata.get(INTERACTION as any).attributes;
    known = { interaction: typeLayout(strapi, INTERACTION), targets: new Map(RELATIONS.map(({ name }) => [name, typeLayout(strapi, attributes[name].target)])) };
    layoutsOf.set(strapi, known);
  }
  return known;
}

/**
 * The relations of a timeline page, read in one query joining the four link tables (Strapi's populate reads
 * each relation in a query of its own), only those whose field the caller may read. A contact person the
 * caller may not see is left out: the database tests it against the caller's visibility in the same query.
 */
export async function timelineRelations(strapi: Core.Strapi, visibility: Visibility, interactionIds: readonly number[], readableFields: ReadonlySet<string>): Promise<Map<number, TimelineRelations>> {
  const found = new Map<number, TimelineRelations>();
  const shown = RELATIONS.filter(({ name }) => readableFields.has(name));
  if (interactionIds.length === 0 || shown.length === 0) return found;
  const { interaction, targets } = layouts(strapi);
  const knex = strapi.db.connection;
  // aliases unlike Strapi's (t0, t1, …), which the visibility subquery below uses
  const query = knex({ i: interaction.table }).whereIn('i.id', [...interactionIds]).select({ id: 'i.id' });
  shown.forEach(({ name, label }, n) => {
    const via = link(interaction, name);
    const target = targets.get(name)!;
    query
      .leftJoin({ [`via${n}`]: via.table }, `via${n}.${via.ownColumn}`, 'i.id')
      .leftJoin({ [`related${n}`]: target.table }, `related${n}.id`, `via${n}.${via.targetColumn}`)
      .select({ [`${name}Id`]: `related${n}.id`, [`${name}DocumentId`]: `related${n}.${column(target, 'documentId')}`, [`${name}Label`]: `related${n}.${column(target, label)}` });
  });
  const contactAt = shown.findIndex(({ name }) => name === 'contactPerson');
  // tested row by row by its key: a subquery listing every contact a manager may read was slower than the page
  const contactsReadable = contactAt === -1 ? 'none' : readableIdsSubquery(strapi, visibility, CONTACT_PERSON, `related${contactAt}.id`);
  if (contactAt !== -1 && contactsReadable !== 'all' && contactsReadable !== 'none') {
    query.select(knex.raw('case when exists ? then 1 else 0 end as ??', [contactsReadable, 'contactPersonReadable']));
  }
  for (const row of (await query) as any[]) {
    const named = (name: RelationName) => (row[`${name}Id`] === null || row[`${name}Id`] === undefined ? null : { id: Number(row[`${name}Id`]), documentId: String(row[`${name}DocumentId`]), label: row[`${name}Label`] ?? null });
    const employee = named('employee');
    const contact = named('contactPerson');
    const stage = named('stage');
    const line = named('businessLine');
    const contactReadable = contactsReadable === 'all' || (contactsReadable !== 'none' && Number(row.contactPersonReadable) === 1);
    found.set(Number(row.id), {
      employee: employee && { documentId: employee.documentId, fullName: employee.label },
      contactPerson: contact && contactReadable ? { id: contact.id, documentId: contact.documentId, fullName: contact.label } : null,
      stage: stage && { documentId: stage.documentId, name: stage.label },
      businessLine: line && { documentId: line.documentId, name: line.label },
    });
  }
  return found;
}
