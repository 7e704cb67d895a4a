import type { Core } from '@strapi/strapi';
import { UID } from '../access/uids';
import { invoiceStateAfterPayments } from '../domain/invoices/payment-state';
import { formatKopecks, toKopecks } from '../domain/money';
import { localDateOf } from '../domain/time';
import { businessTime } from '../time/business-time';

/**
 * Invoices per round of reads and updates. An import settles thousands of invoices at once, and each round
 * joins the payment link table, whose statistics do not yet know the payments just written: fewer, larger
 * rounds read it fewer times.
 */
const CHUNK = 5_000;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface InvoiceMoneyRow {
  id: number;
  state: string | null;
  total: string | null;
  paidAmount: string | null;
  dueDate: string | null;
}

/**
 * Sets each given invoice's paid amount to the sum of the incoming payments linked to it (the payments are
 * the truth; an amount typed by hand is not added to) and its state to what the money says (paid, partly
 * paid, issued or overdue; drafts and cancelled invoices keep theirs). Runs in the caller's transaction;
 * answers how many invoices changed.
 */
export async function applyPaymentsToInvoices(strapi: Core.Strapi, trx: any, invoiceIds: readonly number[]): Promise<number> {
  const ids = [...new Set(invoiceIds)];
  if (ids.length === 0) return 0;
  const today = localDateOf(new Date(), businessTime(strapi).timeZone);
  const changes: Array<{ id: number; paidAmount: string; state: string }> = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const invoices = await invoiceMoney(strapi, trx, chunk);
    const paid = await incomingSums(strapi, trx, chunk);
    for (const invoice of invoices) {
      const paidAmount = formatKopecks(paid.get(invoice.id) ?? BigInt(0));
      const state = invoiceStateAfterPayments({ state: invoice.state, total: invoice.total, paidAmount, dueDate: invoice.dueDate }, today);
      const before = invoice.paidAmount === null ? null : formatKopecks(toKopecks(invoice.paidAmount));
      if (before !== paidAmount || state !== invoice.state) changes.push({ id: invoice.id, paidAmount, state });
    }
  }
  await updateInvoices(strapi, trx, changes);
  return changes.length;
}

/** The invoices' money fields as plain rows (no entities: an import settles thousands of invoices). */
async function invoiceMoney(strapi: Core.Strapi, trx: any, invoiceIds: number[]): Promise<InvoiceMoneyRow[]> {
  const invoice: any = strapi.db.metadata.get(UID.invoice as any);
  const columnOf = (attribute: string): string => invoice.attributes[attribute].columnName;
  return trx(invoice.tableName)
    .select({ id: 'id', state: columnOf('state'), total: columnOf('total'), paidAmount: columnOf('paidAmount'), dueDate: columnOf('dueDate') })
    .whereIn('id', invoiceIds);
}

/**
 * Per invoice, the exact sum of its incoming payments. PostgreSQL adds them up itself, as numeric, and answers
 * the sum as text (one row per invoice, not one per payment: an import settles thousands of invoices paid by
 * tens of thousands of payments); SQLite keeps decimals as floating point, so there each amount is read and
 * summed as kopecks.
 */
async function incomingSums(strapi: Core.Strapi, trx: any, invoiceIds: number[]): Promise<Map<number, bigint>> {
  const payment: any = strapi.db.metadata.get(UID.payment as any);
  const link = payment.attributes.invoice.joinTable;
  const invoice = `l.${quote(link.inverseJoinColumn.name)}`;
  const amount = `p.${quote(payment.attributes.amount.columnName)}`;
  const grouped = strapi.db.dialect.client === 'postgres';
  const rows = await trx.raw(
    `select ${invoice} as invoice, ${grouped ? `sum(${amount})::text` : amount} as amount
       from ${quote(link.name)} l join ${quote(payment.tableName)} p on p.id = l.${quote(link.joinColumn.name)}
      where p.${quote(payment.attributes.direction.columnName)} = 'incoming' and ${invoice} in (${invoiceIds.map(() => '?').join(', ')})${grouped ? ` group by ${invoice}` : ''}`,
    invoiceIds,
  );
  const sums = new Map<number, bigint>();
  for (const row of Array.isArray(rows) ? rows : rows.rows) {
    const id = Number(row.invoice);
    sums.set(id, (sums.get(id) ?? BigInt(0)) + toKopecks(String(row.amount)));
  }
  return sums;
}

async function updateInvoices(strapi: Core.Strapi, trx: any, changes: Array<{ id: number; paidAmount: string; state: string }>): Promise<void> {
  const invoice: any = strapi.db.metadata.get(UID.invoice as any);
  const table = quote(invoice.tableName);
  const paidColumn = quote(invoice.attributes.paidAmount.columnName);
  const stateColumn = quote(invoice.attributes.state.columnName);
  const updatedColumn = quote(invoice.attributes.updatedAt.columnName);
  const now = new Date();
  if (strapi.db.dialect.client === 'postgres') {
    // one statement per chunk of invoices instead of one per invoice: an import can settle tens of thousands
    for (let start = 0; start < changes.length; start += CHUNK) {
      const chunk = changes.slice(start, start + CHUNK);
      await trx.raw(
        `update ${table} set ${paidColumn} = v.paid::numeric, ${stateColumn} = v.state, ${updatedColumn} = ?
           from (values ${chunk.map(() => '(?::int, ?, ?)').join(', ')}) as v(id, paid, state) where ${table}.id = v.id`,
        [now, ...chunk.flatMap((c) => [c.id, c.paidAmount, c.state])],
      );
    }
    return;
  }
  for (const change of changes) {
    await trx.raw(`update ${table} set ${paidColumn} = ?, ${stateColumn} = ?, ${updatedColumn} = ? where id = ?`, [change.paidAmount, change.state, now, change.id]);
  }
}
