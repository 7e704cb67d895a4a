import { UID } from '../../access/uids';
import { referenceColumnName } from '../../access/access-columns';
import { defineReport } from '../../domain/reports';
import { chronicleRow, ChronicleSource, contactChronicleReport } from '../../domain/reports/catalog/contact-chronicle';
import { dateSpanToInstants, DateSpan } from '../../domain/time';
import { enumCaption } from '../../type-meta';
import { crmReport } from '../crm-report';
import { nameIfVisibleColumn, readableIdsQuery } from '../hidden-names';
import { ReportQueryContext, visibleWhere, whenGiven } from '../report-context';
import { columnOf, leftJoinToOne, toOneLink } from '../sql/to-one-join';

const INTERACTION = UID.interaction;
/**
 * Rows per database page: the per-page query costs little at this size (1M rows: 37 s to read in pages of
 * 2,000, 45 s in pages of 1,000), and a page is handed to the writer before it outlives the young heap
 * (pages of 5,000 grew the server's heap by 400 MB over a million rows).
 */
const PAGE_SIZE = 2000;

interface PageKey {
  id: number;
  occurredAt: string;
}

/** A row of a page, with the names of its related records (hidden ones already «(немає доступу)»). */
type PageRow = ChronicleSource & { id: number };

/** The clients and contact persons whose names the caller may read (hidden-names.ts). */
interface ReadableNames {
  clients: unknown;
  contacts: unknown;
}

/**
 * The next page of the caller's interactions in the period after `after` (keyset on occurredAt, id), with the
 * names of their client, contact, employee, stage and business line, in one query: the page's keys come from
 * Strapi's query builder (so the caller's visibility applies as everywhere else) as a derived table the
 * names are joined onto, a single round trip however the visibility is written. A client or contact the
 * caller may not read (their own interaction with another department's client) reads «(немає доступу)».
 */
async function readPage(context: ReportQueryContext, where: Record<string, unknown>, readable: ReadableNames, after: PageKey | null): Promise<PageRow[]> {
  const { strapi } = context;
  const keyset = after ? { $and: [{ occurredAt: { $gte: after.occurredAt } }, { $or: [{ occurredAt: { $gt: after.occurredAt } }, { id: { $gt: after.id } }] }] } : null;
  // "later, or as late with a higher id" written with the extra `$gte` so the database reads one index range
  // from the last key: the plain form alone made PostgreSQL filter the whole period on every page
  const builder = (strapi.db as any).entityManager
    .createQueryBuilder(INTERACTION)
    .init({ where: keyset ? { $and: [where, keyset] } : where, select: ['id'], orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }], limit: PAGE_SIZE });
  const column = (attribute: string) => `i.${columnOf(strapi, INTERACTION, attribute)}`;
  // The builder's own select list repeats its ORDER BY columns when a relation filter makes it DISTINCT
  // (PostgreSQL then cannot tell which "id" of the derived table is meant): the keys are selected by name.
  const keys = builder.getKnexQuery().clearSelect();
  const keyColumns = [`${builder.alias}.id as key_id`, `${builder.alias}.${columnOf(strapi, INTERACTION, 'occurredAt')} as key_at`];
  if (builder.shouldUseDistinct()) keys.distinct(keyColumns);
  else keys.select(keyColumns);
  const knex = strapi.db.connection;
  const table = strapi.db.metadata.get(INTERACTION as any).tableName;
  let query = knex.from(keys.as('k')).join(`${table} as i`, 'i.id', 'k.key_id');
  query = leftJoinToOne(query, toOneLink(strapi, INTERACTION, 'contactPerson'), 'i', 'cp');
  query = leftJoinToOne(query, toOneLink(strapi, INTERACTION, 'employee'), 'i', 'e');
  query = leftJoinToOne(query, toOneLink(strapi, INTERACTION, 'stage'), 'i', 's');
  query = leftJoinToOne(query, toOneLink(strapi, INTERACTION, 'businessLine'), 'i', 'b');
  // the client through the interaction's own reference column (access-columns.ts): no link table to read
  const counterparties = strapi.db.metadata.get(UID.counterparty as any).tableName;
  query = query.leftJoin(`${counterparties} as c`, 'c.id', column(referenceColumnName('counterparty')));
  return query
    .select(
      'i.id as id',
      `${column('occurredAt')} as occurredAt`,
      nameIfVisibleColumn(knex, 'c.id', 'c.name', readable.clients, 'client'),
      nameIfVisibleColumn(knex, 'cp.id', 'cp.full_name', readable.contacts, 'contact'),
      'e.full_name as employee',
      `${column('kind')} as kind`,
      `${column('direction')} as direction`,
      's.name as stage',
      'b.name as businessLine',
      `${column('subject')} as subject`,
      `${column('result')} as result`,
      `${column('state')} as state`,
      `${column('nextContactAt')} as nextContactAt`,
    )
    .orderBy([{ column: 'k.key_at' }, { column: 'k.key_id' }]);
}

/** SQLite keeps datetimes as epoch milliseconds; PostgreSQL gives Date objects. */
const instantOf = (value: unknown) => (value === null || value === undefined ? null : value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value)));

async function* chroniclePages(parameters: { period: DateSpan }, context: ReportQueryContext): AsyncIterable<Record<string, unknown>[]> {
  const { start, end } = dateSpanToInstants(parameters.period, context.timeZone);
  const where = visibleWhere(context, INTERACTION, {
    $and: [
      { occurredAt: { $gte: start.toISOString(), $lt: end.toISOString() } },
      whenGiven(context, 'employee', (ids) => ({ employee: { id: { $in: ids } } })),
      whenGiven(context, 'counterparty', (ids) => ({ [referenceColumnName('counterparty')]: { $in: ids } })),
    ],
  });
  if (where === null) return;
  const caption = (field: 'kind' | 'direction' | 'state', value: string) => enumCaption(INTERACTION, field, value);
  const readable = { clients: readableIdsQuery(context, UID.counterparty), contacts: readableIdsQuery(context, UID.contactPerson) };
  let after: PageKey | null = null;
  for (;;) {
    const sources = await readPage(context, where, readable, after);
    if (sources.length === 0) return;
    yield sources.map(({ id, ...source }) =>
      chronicleRow({ ...source, occurredAt: instantOf(source.occurredAt), nextContactAt: instantOf(source.nextContactAt) }, caption),
    );
    if (sources.length < PAGE_SIZE) return;
    const last = sources[sources.length - 1];
    after = { id: last.id, occurredAt: instantOf(last.occurredAt)!.toISOString() };
  }
}

export default crmReport({
  reads: { [INTERACTION]: ['occurredAt', 'counterparty', 'contactPerson', 'employee', 'kind', 'direction', 'stage', 'businessLine', 'subject', 'result', 'state', 'nextContactAt'] },
  definition: defineReport<any, any, ReportQueryContext>({
    ...contactChronicleReport,
    pages: chroniclePages,
  }),
});
