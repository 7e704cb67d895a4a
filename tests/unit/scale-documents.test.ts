import {
  CounterpartyGenerator,
  CounterpartyTable,
  InvoiceDraft,
  InvoiceGenerator,
  RequestGenerator,
  SCHEDULE_ENTRIES_PER_EMPLOYEE,
  ScheduleGenerator,
} from '../../src/seed/scale';
import * as catalog from '../../src/seed/catalog';
import { computeDocumentTotals, toKopecks } from '../../src/domain/money';
import { localDateOf } from '../../src/domain/time';
import { isInvoiceOverdue } from '../../src/domain/invoices';
import { invoiceNumberKey } from '../../src/domain/unique-codes';
import { inboundRequestRules, isValidEdrpou, isValidIban, isValidRnokpp, validateRecord } from '../../src/domain/identifiers';
import { NOW, schemaEnum, world } from '../helpers/scale-world';

/**
 * The bulk generator's invoices (with lines and payments), inbound requests and schedule entries: the same
 * row for the same index, only values the schemas allow, money exact and consistent as the write path keeps it.
 */
const w = world();
const TODAY = localDateOf(NOW, w.timeZone);
const counterparties = new CounterpartyGenerator(w);
const table = new CounterpartyTable(counterparties.traits, 5000);
const kopecks = (value: unknown) => Number(toKopecks(value as string));
const AMOUNT = /^\d+\.\d{2}$/;
const managerOf = (cp: number) => {
  const t = table.traits(cp);
  return w.salesTeams[t.team].managers[t.manager].employeeId;
};

describe('invoices', () => {
  const generator = new InvoiceGenerator(w, counterparties, table);
  const drafts: InvoiceDraft[] = Array.from({ length: 6000 }, (_, k) => generator.generate(k));
  const payments = drafts.flatMap((d) => d.payments.map((p) => ({ invoice: d, payment: p })));

  test('the same index gives the same invoice, lines and payments', () => {
    expect(new InvoiceGenerator(w, counterparties, table).generate(4321)).toEqual(drafts[4321]);
  });

  test('use only the values the schema allows; numbers unique, with the per-year key the write path derives', () => {
    const states = new Set(schemaEnum('invoice', 'state'));
    const currencies = new Set(schemaEnum('invoice', 'currency'));
    const wrong = drafts.filter((d) =>
      !states.has(d.fields.state as string)
      || !currencies.has(d.fields.currency as string)
      || d.fields.numberKey !== invoiceNumberKey(d.fields.number, d.fields.date)
      || !(d.fields.date as string <= TODAY && d.fields.dueDate as string > (d.fields.date as string)));
    expect(wrong).toEqual([]);
    expect(new Set(drafts.map((d) => d.fields.numberKey)).size).toBe(drafts.length);
    for (const state of states) expect(drafts.some((d) => d.fields.state === state)).toBe(true);
  });

  test('line amounts and totals are what the core computes from the lines, as exact decimal strings', () => {
    // One expect at the end: thousands of expect calls would take seconds.
    const wrong = drafts.filter((d) => {
      const inputs = d.lines.map(({ fields: { net, vat, total, ...input } }) => input as { quantity: string; price: string });
      const computed = computeDocumentTotals(inputs);
      const sum = (field: string) => d.lines.reduce((s, l) => s + kopecks(l.fields[field]), 0);
      return JSON.stringify(d.lines.map((l) => l.fields)) !== JSON.stringify(computed.lines)
        || [d.fields.totalNet, d.fields.totalVat, d.fields.total].join() !== [computed.totalNet, computed.totalVat, computed.total].join()
        || sum('total') !== kopecks(d.fields.total)
        || sum('net') + sum('vat') !== kopecks(d.fields.total)
        || d.lines.length < 1 || d.lines.length > 5
        || d.lines.some((l) => !/^\d+\.\d{3}$/.test(l.fields.quantity as string)
          || ['price', 'discount', 'net', 'vat', 'total'].some((f) => !AMOUNT.test(l.fields[f] as string))
          || ![0, 7, 14, 20].includes(l.fields.vatRate as number));
    });
    expect(wrong).toEqual([]);
    // Some lines carry a discount and a fractional quantity, so the rounding is exercised.
    const lines = drafts.flatMap((d) => d.lines.map((l) => l.fields));
    expect(lines.some((l) => l.discount !== '0.00')).toBe(true);
    expect(lines.some((l) => /\.500$/.test(l.quantity as string))).toBe(true);
  });

  test('a line links its product when the database has it, by the catalog code of its description', () => {
    const lines = drafts.flatMap((d) => d.lines);
    expect(lines.some((l) => l.product === null)).toBe(true);
    const linked = lines.filter((l) => l.product !== null);
    expect(linked.length).toBeGreaterThan(lines.length / 4);
    const idOfName = new Map([...w.productIds].map(([code, id]) => [id, code]));
    const codeOfName = new Map(catalog.PRODUCTS.map((p) => [p.name, p.code]));
    expect(linked.filter((l) => idOfName.get(l.product!) !== codeOfName.get(l.fields.description))).toEqual([]);
  });

  test('paid amount = the sum of the payments: whole for paid, part for partly paid, none otherwise', () => {
    const wrong = drafts.filter((d) => {
      const paid = d.payments.reduce((s, p) => s + kopecks(p.fields.amount), 0);
      const total = kopecks(d.fields.total);
      const state = d.fields.state;
      return !AMOUNT.test(d.fields.paidAmount as string)
        || paid !== kopecks(d.fields.paidAmount)
        || (state === 'paid' && paid !== total)
        || (state === 'partially-paid' && !(paid > 0 && paid < total))
        || (state === 'overdue' && paid >= total)
        || (!['paid', 'partially-paid', 'overdue'].includes(state as string) && paid !== 0);
    });
    expect(wrong).toEqual([]);
    expect(drafts.some((d) => d.fields.state === 'overdue' && d.payments.length > 0)).toBe(true);
  });

  test('none is left issued or partly paid past its due date (the daily job would have made it overdue)', () => {
    expect(drafts.filter((d) => isInvoiceOverdue({ state: d.fields.state as string, dueDate: d.fields.dueDate as string }, TODAY))).toEqual([]);
  });

  test('go to clients, written by the client\'s manager', () => {
    const wrong = drafts.filter((d) => d.links.author !== managerOf(d.counterparty) || table.traits(d.counterparty).kind !== 'client');
    expect(wrong).toEqual([]);
  });

  test('about 80% of invoices get a payment, some of them in part', () => {
    expect(payments.length / drafts.length).toBeGreaterThan(0.7);
    expect(payments.length / drafts.length).toBeLessThan(0.9);
    const partial = payments.filter(({ payment }) => String(payment.fields.purpose).startsWith('Часткова')).length;
    expect(partial / payments.length).toBeGreaterThan(0.03);
    expect(partial / payments.length).toBeLessThan(0.3);
  });

  test('payments: schema values, the payer\'s valid codes, dates between the invoice and today, unique keys', () => {
    const directions = new Set(schemaEnum('payment', 'direction'));
    const matches = new Set(schemaEnum('payment', 'matchStatus'));
    const wrong = payments.filter(({ invoice, payment: { fields: f } }) =>
      !directions.has(f.direction as string)
      || !matches.has(f.matchStatus as string)
      || !(isValidEdrpou(f.payerCode) || isValidRnokpp(f.payerCode))
      || !isValidIban(f.payerIban) || !isValidIban(f.payeeIban)
      || !(String(f.amount).match(AMOUNT) && kopecks(f.amount) > 0)
      || !(f.date as string >= (invoice.fields.date as string) && f.date as string <= TODAY)
      || !String(f.purpose).includes(invoice.fields.number as string));
    expect(wrong).toEqual([]);
    expect(new Set(payments.map(({ payment }) => payment.fields.dedupeKey)).size).toBe(payments.length);
    expect(new Set(payments.map(({ payment }) => payment.documentId)).size).toBe(payments.length);
  });
});

describe('inbound requests', () => {
  const generator = new RequestGenerator(w, counterparties, table);
  const drafts = Array.from({ length: 3000 }, (_, r) => generator.generate(r));

  test('the same index gives the same request', () => {
    expect(new RequestGenerator(w, counterparties, table).generate(1234)).toEqual(drafts[1234]);
  });

  test('use only the values the schema allows, with phones the app accepts as stored', () => {
    const enums = Object.fromEntries(['channel', 'urgency', 'state'].map((f) => [f, new Set(schemaEnum('inbound-request', f))]));
    const wrong = drafts.filter((d) =>
      Object.entries(enums).some(([f, values]) => !values.has(d.fields[f] as string))
      || validateRecord(inboundRequestRules, d.fields).length > 0
      || !/^\+380\d{9}$/.test(d.fields.callerPhone as string));
    expect(wrong).toEqual([]);
  });

  test('times in order, none in the future; assigned unless new; done ones have their doneAt', () => {
    const now = NOW.getTime();
    const wrong = drafts.filter(({ fields: f, links }) => {
      const received = (f.receivedAt as Date).getTime();
      const read = f.readAt as Date | null;
      const done = f.doneAt as Date | null;
      return received > now || received < now - 3 * 365 * 86_400_000
        || (read !== null && read.getTime() < received)
        || (done !== null && (read === null || done.getTime() < read.getTime()))
        || (done !== null) !== (f.state === 'done')
        || (f.dueAt as Date).getTime() <= received
        || (links.assignee === null) !== (f.state === 'new')
        || (links.registeredBy === null) !== (f.channel === 'web');
    });
    expect(wrong).toEqual([]);
  });

  test('a known counterparty\'s request names its contact and goes to its manager, unless it is for accounting or marketing', () => {
    const known = drafts.filter((d) => d.counterparty !== null);
    expect(known.length / drafts.length).toBeGreaterThan(0.5);
    expect(known.length / drafts.length).toBeLessThan(0.7);
    const sales = known.filter((d) => ![13, 15].includes(d.links.targetDepartment!) && d.links.assignee !== null);
    expect(sales.length).toBeGreaterThan(0);
    expect(sales.filter((d) => d.links.assignee !== managerOf(d.counterparty!))).toEqual([]);
    const named = known.filter((d) => {
      const contact = counterparties.generate(d.counterparty!).contacts[d.contactSlot!];
      return contact && contact.fields.fullName === d.fields.callerName;
    });
    expect(named).toHaveLength(known.length);
  });
});

describe('schedule entries', () => {
  const generator = new ScheduleGenerator(w, counterparties, table);
  const perEmployee = SCHEDULE_ENTRIES_PER_EMPLOYEE;
  const drafts = Array.from({ length: perEmployee * w.staff.length }, (_, e) => generator.generate(e));

  test('the same index gives the same entry', () => {
    expect(new ScheduleGenerator(w, counterparties, table).generate(777)).toEqual(drafts[777]);
  });

  test('200 per employee, one per working day, spread over the past year', () => {
    const yearAgo = NOW.getTime() - 366 * 86_400_000;
    for (const member of w.staff) {
      const mine = drafts.filter((d) => d.employee === member.employeeId);
      expect(mine).toHaveLength(perEmployee);
      const days = mine.map((d) => localDateOf(d.fields.start as Date, w.timeZone));
      expect(new Set(days).size).toBe(perEmployee);
      const starts = mine.map((d) => (d.fields.start as Date).getTime());
      // a year of working days, ending before the demo's own two weeks back (entries may not overlap)
      expect(Math.min(...starts)).toBeGreaterThan(yearAgo - 21 * 86_400_000);
      expect(Math.min(...starts)).toBeLessThan(yearAgo);
      expect(Math.max(...starts)).toBeLessThan(NOW.getTime() - 14 * 86_400_000);
    }
  });

  test('use only the kinds the schema allows, end after start; visits go to the employee\'s own counterparties', () => {
    const kinds = new Set(schemaEnum('schedule-entry', 'kind'));
    const wrong = drafts.filter((d) =>
      !kinds.has(d.fields.kind as string)
      || (d.fields.end as Date).getTime() <= (d.fields.start as Date).getTime()
      || (d.fields.kind === 'client-visit' && (d.counterparty === null || !d.fields.organization))
      || (d.counterparty !== null && managerOf(d.counterparty) !== d.employee));
    expect(wrong).toEqual([]);
    const seen = new Set(drafts.map((d) => d.fields.kind));
    for (const kind of ['office', 'client-visit', 'business-trip', 'remote', 'vacation', 'sick-leave', 'day-off', 'other']) expect(seen.has(kind)).toBe(true);
  });

  test('without counterparties there are no visits, only office days and the rest', () => {
    const alone = new ScheduleGenerator(w, counterparties, null);
    const entries = Array.from({ length: 500 }, (_, e) => alone.generate(e));
    expect(entries.filter((d) => d.fields.kind === 'client-visit' || d.counterparty !== null)).toEqual([]);
  });
});
