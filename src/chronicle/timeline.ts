import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { referenceColumnName } from '../access/access-columns';
import { andFilters, toWhere, Visibility } from '../access/visibility';
import { timelineRelations } from './timeline-relations';
import { chronicleDocumentQuery, ChronicleQuery, readChronicleQuery, TIMELINE_FIELDS, timelineItem, timelinePagination } from '../domain/chronicle';
import { LIST_COUNT_CAP } from '../domain/lists/capped-count';
import { countUpTo } from '../document-middlewares/capped-list-count';
import { toValidationError } from '../document-middlewares/validation-error';
import { businessTime } from '../time/business-time';
import { COUNTERPARTY, INTERACTION } from '../inbox/uids';

/** A card shows a page at a time: 20 by default, at most 50; nobody pages past 10,000 rows (narrow by period). */
export const TIMELINE_PAGE = { defaultPageSize: 20, maxPageSize: 50, maxDepth: LIST_COUNT_CAP };

/**
 * A checked chronicle query (domain/chronicle) read from the database as the caller sees it: the page in
 * one query, its relations in one more (timeline-relations.ts), and a count that stops at the cap.
 * The client is matched on the interactions' reference column (access-columns.ts), so the page is one
 * index range (client, occurredAt), with the caller's access columns checked alongside.
 */
export async function readChronicle(strapi: Core.Strapi, visibility: Visibility, query: ChronicleQuery, counterpartyRowId: number | null) {
  const readable = visibility.filter(INTERACTION);
  if (readable === null) return { data: [], meta: { pagination: timelinePagination(query.page, query.pageSize, 0, LIST_COUNT_CAP) } };
  const document = chronicleDocumentQuery(query);
  const conditions = document.filters.$and.filter((condition) => !(counterpartyRowId !== null && 'counterparty' in condition));
  const filters = andFilters(counterpartyRowId !== null ? { [referenceColumnName('counterparty')]: counterpartyRowId } : {}, ...conditions, readable);
  const where = toWhere(strapi, INTERACTION, filters);

  const fields = new Set(visibility.fields(INTERACTION) ?? []);
  const [orderField, order] = Object.entries(document.sort[0])[0];
  const rows: any[] = await strapi.db.query(INTERACTION as any).findMany({
    where,
    select: ['id', 'documentId', ...TIMELINE_FIELDS.filter((field) => fields.has(field))],
    orderBy: [{ [orderField]: order }, { id: order }],
    offset: document.start,
    limit: document.limit,
  });
  const found = rows.length < document.limit && document.start === 0 ? rows.length : await countUpTo(strapi, INTERACTION, { where }, LIST_COUNT_CAP + 1);
  // the contact persons come back only where the caller may read them
  const relations = await timelineRelations(strapi, visibility, rows.map((row) => Number(row.id)), fields);
  const contactIds = new Set([...relations.values()].flatMap((named) => (named.contactPerson ? [named.contactPerson.id] : [])));
  return {
    data: rows.map((row) => timelineItem({ ...row, ...relations.get(Number(row.id)) }, { fields, contactIds })),
    meta: { pagination: timelinePagination(query.page, query.pageSize, found, LIST_COUNT_CAP) },
  };
}

/**
 * One counterparty's timeline: 404 when the caller may not see the counterparty (whether or not it
 * exists), 400 naming the parameter for a bad filter, otherwise the page of its chronicle the caller may
 * see, newest first.
 */
export async function counterpartyTimeline(strapi: Core.Strapi, visibility: Visibility, documentId: string, params: Record<string, unknown>) {
  const checked = readChronicleQuery('client', { ...params, counterparty: documentId }, { timeZone: businessTime(strapi).timeZone, ...TIMELINE_PAGE });
  if (!checked.ok) throw toValidationError(checked.issues, { uid: INTERACTION });
  const visible = visibility.filter(COUNTERPARTY);
  const counterparty: any =
    visible === null
      ? null
      : await strapi.db.query(COUNTERPARTY as any).findOne({ where: toWhere(strapi, COUNTERPARTY, andFilters({ documentId }, visible)), select: ['id'] });
  if (!counterparty) throw new errors.NotFoundError('Not Found');
  return readChronicle(strapi, visibility, checked.value, counterparty.id);
}
