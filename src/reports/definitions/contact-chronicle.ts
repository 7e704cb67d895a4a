import { UID } from '../../access/uids';
import { referenceColumnName } from '../../access/access-columns';
import { defineReport } from '../../domain/reports';
import { chronicleRow, ChronicleSource, contactChronicleReport } from '../../domain/reports/catalog/contact-chronicle';
import { dateSpanToInstants, DateSpan } from '../../domain/time';
import { enumCaption } from '../../type-meta';
import { crmReport } from '../crm-report';
import { nameIfVisible, visibleIdsAmong } from '../hidden-names';
import { ReportQueryContext, visibleWhere, whenGiven } from '../report-context';
import { columnOf, leftJoinToOne, toOneLink } from '../sql/to-one-join';

const INTERACTION = UID.interaction;
/** Rows per database page: large enough that the per-page queries cost little, small enough to stay flat. */
const PAGE_SIZE = 5000;

interface PageKey {
  id: number;
  occurredAt: unknown;
}

/** The rows of one page of ids, with the names of their related records, in one query. */
type PageRow = ChronicleSource & { clientId: number | null; contactId: number | null };

async function rowsOfPage(context: ReportQueryContext, ids: number[]): Promise<Map<number, PageRow>> {
  const { strapi } = context;
  const knex = strapi.db.connection;
  const table = strapi.db.metadata.get(INTERACTION as any).tableName;
  const column = (attribute: string) => `i.${columnOf(strapi, INTERACTION, attribute)}`;
  let query = knex(`${table} as i`);
  query = leftJoinToOne(query, toOneLink(strapi, INTERACTION, 'contactPerson'), 'i', 'cp');
  query = leftJoinToOne(query, toOneLink(strapi, INTERACTION, 'employee'), 'i', 'e');
  query = leftJoinToOne(query, toOneLink(strapi, INTERACTION, 'stage'), 'i', 's');
  query = leftJoinToOne(query, toOneLink(strapi, INTERACTION, 'businessLine'), 'i', 'b');
  // the client through the interaction's own reference column (access-columns.ts): no link table to read
  const counterparties = strapi.db.metadata.get(UID.counterparty as any).tableName;
  query = query.leftJoin(`${counterparties} as c`, 'c.id', column(referenceColumnName('counterparty')));
  const rows: any[] = await query.whereIn('i.id', ids).select(
    'i.id as id',
    `${column('occurredAt')} as occurredAt`,
    'c.id as clientId',
    'c.name as client',
    'cp.id as contactId',
    'cp.full_name as contact',
    'e.full_name as employee',
    `${column('kind')} as kind`,
    `${column('direction')} as direction`,
    's.name as stage',
    'b.name as businessLine',
    `${column('subject')} as subject`,
    `${column('result')} as result`,
    `${column('state')} as state`,
    `${column('nextContactAt')} as nextContactAt`,
  );
  return new Map(rows.map((row) => [row.id, row]));
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
  let after: PageKey | null = null;
  for (;;) {
    // the page's ids in order, through the caller's visibility: one index range on (occurredAt, id)
    // (occurredAt, id) after the last key, written so the database reads one index range from it: the plain
    // "later, or as late with a higher id" alone made PostgreSQL filter the whole period on every page
    const keyset = after ? { $and: [{ occurredAt: { $gte: after.occurredAt } }, { $or: [{ occurredAt: { $gt: after.occurredAt } }, { id: { $gt: after.id } }] }] } : null;
    const keys: PageKey[] = await context.strapi.db.query(INTERACTION as any).findMany({
      where: keyset ? { $and: [where, keyset] } : where,
      select: ['id', 'occurredAt'],
      orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
      limit: PAGE_SIZE,
    });
    if (keys.length === 0) return;
    const rows = await rowsOfPage(context, keys.map((key) => key.id));
    const sources = keys.map((key) => rows.get(key.id)!);
    const clients = await visibleIdsAmong(context, UID.counterparty, sources.map((source) => source.clientId));
    const contacts = await visibleIdsAmong(context, UID.contactPerson, sources.map((source) => source.contactId));
    yield sources.map(({ clientId, contactId, ...source }) =>
      chronicleRow(
        {
          ...source,
          client: nameIfVisible(clients, clientId, source.client),
          contact: nameIfVisible(contacts, contactId, source.contact),
          occurredAt: instantOf(source.occurredAt),
          nextContactAt: instantOf(source.nextContactAt),
        },
        caption,
      ),
    );
    if (keys.length < PAGE_SIZE) return;
    after = keys[keys.length - 1];
  }
}

export default crmReport({
  reads: { [INTERACTION]: ['occurredAt', 'counterparty', 'contactPerson', 'employee', 'kind', 'direction', 'stage', 'businessLine', 'subject', 'result', 'state', 'nextContactAt'] },
  definition: defineReport<any, any, ReportQueryContext>({
    ...contactChronicleReport,
    pages: chroniclePages,
  }),
});
