import { Client } from 'pg';
import { Kopecks, toKopecks } from '../../src/domain/money';
import { UNPAID_STATES } from '../../src/domain/workspace/invoices';

/**
 * What the benchmark's statement is written against, read with plain SQL before Strapi boots (so that the
 * reading costs the measured process nothing): the counterparties with their codes and IBANs, and the
 * invoices still waiting for money.
 */
export interface KnownCounterparty {
  id: number;
  name: string;
  kind: string | null;
  /** ЄДРПОУ, else РНОКПП; null when neither is filled */
  code: string | null;
  ibans: string[];
}

export interface OpenInvoice {
  id: number;
  number: string;
  /** YYYY-MM-DD */
  date: string;
  counterpartyId: number;
  total: Kopecks;
  totalVat: Kopecks;
  outstanding: Kopecks;
}

export interface BenchData {
  counterparties: KnownCounterparty[];
  openInvoices: OpenInvoice[];
  /** every invoice by state, to show how many of the generator's are open */
  invoiceStates: Record<string, number>;
}

export async function readBenchData(databaseUrl: string): Promise<BenchData> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counterparties = await client.query(`
      select c.id, c.name, c.full_name, c.kind, coalesce(nullif(c.edrpou, ''), nullif(c.rnokpp, '')) as code,
             coalesce(array_agg(b.iban order by cc."order", b.id) filter (where b.iban is not null), '{}') as ibans
        from counterparties c
        left join counterparties_cmps cc on cc.entity_id = c.id and cc.field = 'bankAccounts'
        left join components_crm_bank_account b on b.id = cc.cmp_id
       group by c.id
       order by c.id`);
    // UAH only: the statement's account is a hryvnia account
    const invoices = await client.query(
      `select i.id, i.number, i.date::text as date, l.counterparty_id, i.total::text as total, coalesce(i.total_vat, 0)::text as total_vat,
              (i.total - coalesce(i.paid_amount, 0))::text as outstanding
         from invoices i join invoices_counterparty_lnk l on l.invoice_id = i.id
        where i.state = any($1) and coalesce(i.currency, 'UAH') = 'UAH' and i.total > coalesce(i.paid_amount, 0)
          and i.number is not null and i.date is not null
        order by i.id`,
      [[...UNPAID_STATES]],
    );
    const states = await client.query(`select coalesce(state, '—') as state, count(*)::int as n from invoices group by 1 order by 1`);
    return {
      counterparties: counterparties.rows.map((row) => ({
        id: row.id,
        name: row.name ?? row.full_name ?? '',
        kind: row.kind,
        code: row.code,
        ibans: row.ibans,
      })),
      openInvoices: invoices.rows.map((row) => ({
        id: row.id,
        number: row.number,
        date: row.date,
        counterpartyId: row.counterparty_id,
        total: toKopecks(row.total),
        totalVat: toKopecks(row.total_vat),
        outstanding: toKopecks(row.outstanding),
      })),
      invoiceStates: Object.fromEntries(states.rows.map((row) => [row.state, row.n])),
    };
  } finally {
    await client.end();
  }
}
