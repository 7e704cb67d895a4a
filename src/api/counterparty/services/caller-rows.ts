import type { Core } from '@strapi/strapi';
import { compiledStatement } from '../../../database/compiled-statement';

/**
 * The rows caller ID reads, each as one joined query. A phone rings while this runs, and most of what a
 * read costs here is the round trip: Strapi's query engine reads a populated relation with a query of its
 * own (a contact person, then its counterparty, then its manager: three), where a join through the link
 * tables is one. Table and column names come from Strapi's metadata, as the engine itself names them;
 * values are read as the engine would give them (booleans and dates alike on SQLite and PostgreSQL). Each is
 * keyed by a phone number or a client's id, so each runs as a prepared statement (prepared-statements.ts), its
 * SQL built once (compiled-statement.ts).
 */

const COUNTERPARTY = 'api::counterparty.counterparty';
const CONTACT = 'api::contact-person.contact-person';
const INTERACTION = 'api::interaction.interaction';
const EMPLOYEE = 'api::employee.employee';

export interface CallerManager {
  fullName: string;
  phone: string | null;
}

export interface CallerCounterparty {
  id: number;
  documentId: string;
  name: string;
  kind: string | null;
  state: string | null;
  manager: CallerManager | null;
}

export interface CallerContact {
  documentId: string;
  fullName: string;
  position: string | null;
  isPrimary: boolean;
  updatedAt: Date | null;
  counterparty: CallerCounterparty | null;
}

export interface CallerInteraction {
  occurredAt: Date;
  kind: string;
  subject: string | null;
  employee: { fullName: string } | null;
}

type Row = Record<string, any>;

const toDate = (value: unknown): Date | null => (value === null || value === undefined ? null : value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as any)));

export function callerRows(strapi: Core.Strapi) {
  const meta = (uid: string): any => strapi.db.metadata.get(uid as any);
  const column = (uid: string, attribute: string): string => meta(uid).attributes[attribute].columnName;
  const link = (uid: string, attribute: string) => meta(uid).attributes[attribute].joinTable as { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
  const knex = () => strapi.db.connection;

  /** counterparties as `k` with its manager as `m` joined (through the link table `ml`), onto `query` */
  function withCounterpartyAndManager(query: any) {
    const manager = link(COUNTERPARTY, 'manager');
    const c = (attribute: string) => `k.${column(COUNTERPARTY, attribute)}`;
    const e = (attribute: string) => `m.${column(EMPLOYEE, attribute)}`;
    return query
      .leftJoin(`${manager.name} as ml`, `ml.${manager.joinColumn.name}`, 'k.id')
      .leftJoin(`${meta(EMPLOYEE).tableName} as m`, 'm.id', `ml.${manager.inverseJoinColumn.name}`)
      .select({
        k_id: 'k.id',
        k_document_id: c('documentId'),
        k_name: c('name'),
        k_kind: c('kind'),
        k_state: c('state'),
        m_id: 'm.id',
        m_full_name: e('fullName'),
        m_phone: e('phone'),
      });
  }

  const counterpartyOf = (row: Row): CallerCounterparty | null =>
    row.k_id === null || row.k_id === undefined
      ? null
      : {
          id: Number(row.k_id),
          documentId: row.k_document_id,
          name: row.k_name,
          kind: row.k_kind ?? null,
          state: row.k_state ?? null,
          manager: row.m_id === null || row.m_id === undefined ? null : { fullName: row.m_full_name, phone: row.m_phone ?? null },
        };

  /**
   * The contact persons with one of these numbers (at most 50), each with its counterparty and that one's manager,
   * and the counterparty with one of them (the latest updated), with its manager: one statement, the two reads
   * side by side (`source` tells them apart), where they were two round trips for a counterparty's own number.
   */
  const callersWithPhone = compiledStatement(
    strapi,
    (variants: string[]) => {
      const counterparty = link(CONTACT, 'counterparty');
      const p = (attribute: string) => `p.${column(CONTACT, attribute)}`;
      const contacts = withCounterpartyAndManager(
        knex()(`${meta(CONTACT).tableName} as p`)
          .leftJoin(`${counterparty.name} as pl`, `pl.${counterparty.joinColumn.name}`, 'p.id')
          .leftJoin(`${meta(COUNTERPARTY).tableName} as k`, 'k.id', `pl.${counterparty.inverseJoinColumn.name}`)
          .whereIn(p('phone'), variants)
          .limit(50),
      ).select({
        p_document_id: p('documentId'),
        p_full_name: p('fullName'),
        p_position: p('position'),
        p_is_primary: p('isPrimary'),
        p_updated_at: p('updatedAt'),
        source: knex().raw("'contact'"),
      });
      const numbered = withCounterpartyAndManager(
        knex()(`${meta(COUNTERPARTY).tableName} as k`)
          .whereIn(`k.${column(COUNTERPARTY, 'phone')}`, variants)
          .orderBy(`k.${column(COUNTERPARTY, 'updatedAt')}`, 'desc')
          .limit(1),
      ).select({
        // typed: PostgreSQL takes a bare null in a subquery for text, and a union of text with boolean fails
        p_document_id: knex().raw('cast(null as varchar(255))'),
        p_full_name: knex().raw('cast(null as varchar(255))'),
        p_position: knex().raw('cast(null as varchar(255))'),
        p_is_primary: knex().raw('cast(null as boolean)'),
        p_updated_at: knex().raw('cast(null as timestamp)'),
        source: knex().raw("'counterparty'"),
      });
      // each read as a subquery of its own: SQLite takes no LIMIT or ORDER BY inside a UNION's parts
      return knex().select('*').from(contacts.as('contacts')).unionAll(knex().select('*').from(numbered.as('numbered')));
    },
    { prepared: true },
  );

  const latestInteractions = (limit: number) =>
    compiledStatement(
      strapi,
      (counterpartyRowId: number, now: Date) => {
        const employee = link(INTERACTION, 'employee');
        const i = (attribute: string) => `i.${column(INTERACTION, attribute)}`;
        return knex()(`${meta(INTERACTION).tableName} as i`)
          .leftJoin(`${employee.name} as el`, `el.${employee.joinColumn.name}`, 'i.id')
          .leftJoin(`${meta(EMPLOYEE).tableName} as e`, 'e.id', `el.${employee.inverseJoinColumn.name}`)
          .where(i('accessCounterparty'), counterpartyRowId)
          .where(i('occurredAt'), '<=', now)
          .orderBy(i('occurredAt'), 'desc')
          .limit(limit)
          .select({ occurred_at: i('occurredAt'), kind: i('kind'), subject: i('subject'), e_id: 'e.id', e_full_name: `e.${column(EMPLOYEE, 'fullName')}` });
      },
      { prepared: true },
    );
  const latestInteractionsBy = new Map<number, ReturnType<typeof latestInteractions>>();

  return {
    /**
     * Who has one of these numbers: the contact persons (at most 50), each with its counterparty and that one's
     * manager, and the counterparty with it (the latest updated of several), with its manager.
     */
    async callersByPhone(variants: string[]): Promise<{ contacts: CallerContact[]; counterparty: CallerCounterparty | null }> {
      const rows = await callersWithPhone(variants);
      const contacts = rows.filter((row) => row.source === 'contact').map((row) => ({
        documentId: row.p_document_id,
        fullName: row.p_full_name,
        position: row.p_position ?? null,
        isPrimary: Boolean(row.p_is_primary),
        updatedAt: toDate(row.p_updated_at),
        counterparty: counterpartyOf(row),
      }));
      const numbered = rows.find((row) => row.source === 'counterparty');
      return { contacts, counterparty: numbered ? counterpartyOf(numbered) : null };
    },

    /** The client's latest contacts up to now, from the interactions' own reference column (one index range). */
    async lastInteractions(counterpartyRowId: number, limit: number): Promise<CallerInteraction[]> {
      let statement = latestInteractionsBy.get(limit);
      if (!statement) latestInteractionsBy.set(limit, (statement = latestInteractions(limit)));
      const rows = await statement(counterpartyRowId, new Date());
      return rows.map((row) => ({
        occurredAt: toDate(row.occurred_at)!,
        kind: row.kind,
        subject: row.subject ?? null,
        employee: row.e_id === null || row.e_id === undefined ? null : { fullName: row.e_full_name },
      }));
    },
  };
}
