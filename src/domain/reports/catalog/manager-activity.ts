import { withShares } from '../aggregate';
import type { Caption, ColumnDefinition, ReportDefinition, ReportRow } from '../definition';
import { formatKopecks, Kopecks, toKopecks } from '../../money';
import { countColumn, currencyParameter, managerParameter, moneyColumn, periodParameter, shareColumn, textColumn } from './common';

/**
 * Manager activity: what each employee did in the period — contacts of each kind, the next contacts they
 * planned and what became of them, requests they handled and how fast, counterparties they took on — and
 * what they sold (invoices issued, money received on them, their share of the period's sales).
 */

/** An employee as the report tells them apart (by id: two people may share a name) and shows them. */
export interface EmployeeRef {
  id: number;
  name: string | null;
}

/** The interaction kinds of the chronicle, each a column. */
export const INTERACTION_KINDS = ['call-in', 'call-out', 'meeting', 'visit', 'email', 'letter', 'messenger', 'other'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

const KIND_COLUMNS: ReadonlyArray<{ kind: InteractionKind; field: string; caption: Caption }> = [
  { kind: 'call-in', field: 'callIn', caption: { uk: 'Вхідні дзвінки', en: 'Calls in' } },
  { kind: 'call-out', field: 'callOut', caption: { uk: 'Вихідні дзвінки', en: 'Calls out' } },
  { kind: 'meeting', field: 'meeting', caption: { uk: 'Зустрічі', en: 'Meetings' } },
  { kind: 'visit', field: 'visit', caption: { uk: 'Візити', en: 'Visits' } },
  { kind: 'email', field: 'email', caption: { uk: 'Електронні листи', en: 'Emails' } },
  { kind: 'letter', field: 'letter', caption: { uk: 'Листи', en: 'Letters' } },
  { kind: 'messenger', field: 'messenger', caption: { uk: 'Месенджери', en: 'Messengers' } },
  { kind: 'other', field: 'otherKind', caption: { uk: 'Інші контакти', en: 'Other contacts' } },
];

/** A contact that took place (state done) in the period. */
export interface DoneInteraction {
  employee: EmployeeRef;
  kind: string | null;
}

/**
 * A next contact planned for a moment in the period: the interaction that set `nextContactAt`, and the
 * planned interaction the chronicle made for it (its follow-up), whose state tells what became of it.
 */
export interface PlannedContact {
  employee: EmployeeRef;
  nextContactAt: Date | string;
  /** the follow-up's state; null when there is none (it was removed) */
  followUpState: string | null;
}

export type PlannedOutcome = 'done' | 'overdue' | 'cancelled' | 'ahead';

/**
 * What became of a planned contact: done once its follow-up is done; cancelled with it; otherwise overdue
 * when its day is over (the moment lies before today's start, as the chronicle's overdue contacts are),
 * else still ahead.
 */
export function plannedOutcome(contact: Pick<PlannedContact, 'nextContactAt' | 'followUpState'>, todayStart: Date): PlannedOutcome {
  if (contact.followUpState === 'done') return 'done';
  if (contact.followUpState === 'cancelled') return 'cancelled';
  return new Date(contact.nextContactAt).getTime() < todayStart.getTime() ? 'overdue' : 'ahead';
}

/** An inbound request the employee brought to done in the period. */
export interface HandledRequest {
  employee: EmployeeRef;
  receivedAt: Date | string;
  readAt: Date | string | null;
  doneAt: Date | string | null;
}

export interface SoldInvoice {
  employee: EmployeeRef;
  total: string | number | null;
}

export interface ReceivedPayment {
  employee: EmployeeRef;
  amount: string | number | null;
}

export interface ManagerActivitySources {
  interactions: readonly DoneInteraction[];
  plannedContacts: readonly PlannedContact[];
  requests: readonly HandledRequest[];
  /** one entry per counterparty taken on in the period, as its manager */
  newCounterparties: readonly EmployeeRef[];
  invoices: readonly SoldInvoice[];
  payments: readonly ReceivedPayment[];
  /** employees shown even without a figure (the ones the report was asked about) */
  employees?: readonly EmployeeRef[];
}

const EMPLOYEE = { uk: 'Співробітник', en: 'Employee' };
const HOURS = (field: string, caption: Caption): ColumnDefinition<any> => ({ field, caption, type: 'decimal', decimals: 1 });

export const managerActivityReport = {
  key: 'manager-activity',
  title: { uk: 'Активність менеджерів', en: 'Manager activity' },
  section: 'managers',
  parameters: [periodParameter(), managerParameter, currencyParameter],
  sheets: [
    {
      name: { uk: 'Активність', en: 'Activity' },
      columns: [
        textColumn('employee', EMPLOYEE),
        ...KIND_COLUMNS.map((column) => countColumn(column.field, column.caption)),
        countColumn('interactions', { uk: 'Усього контактів', en: 'All contacts' }),
        countColumn('planned', { uk: 'Заплановано контактів', en: 'Contacts planned' }),
        countColumn('plannedDone', { uk: 'З них виконано', en: 'Of them done' }),
        countColumn('plannedOverdue', { uk: 'З них прострочено', en: 'Of them overdue' }),
        countColumn('requestsDone', { uk: 'Виконано звернень', en: 'Requests done' }),
        // means of each employee's own requests: a mean of means would mislead, so no total
        HOURS('responseHours', { uk: 'Реакція на звернення, год', en: 'Response, hours' }),
        HOURS('completionHours', { uk: 'Виконання звернення, год', en: 'Completion, hours' }),
        countColumn('newCounterparties', { uk: 'Нових контрагентів', en: 'New counterparties' }),
      ],
      sort: [{ field: 'employee' }],
    },
    {
      name: { uk: 'Продажі', en: 'Sales' },
      columns: [
        textColumn('employee', EMPLOYEE),
        countColumn('invoices', { uk: 'Рахунків виписано', en: 'Invoices issued' }),
        moneyColumn('invoiced', { uk: 'Сума рахунків', en: 'Invoiced' }),
        moneyColumn('received', { uk: 'Надійшло оплат', en: 'Payments received' }),
        shareColumn('share', { uk: 'Частка продажів', en: 'Share of sales' }),
      ],
      sort: [{ field: 'invoiced', direction: 'desc' }],
      chart: { category: 'employee', series: ['invoiced', 'received'] },
    },
  ],
} satisfies Omit<ReportDefinition, 'query' | 'pages'>;

const HOUR_MS = 3_600_000;
const blank = (value: unknown) => value === null || value === undefined || value === '';

/** The mean of durations in hours, rounded to 0.01 (the sheet shows one decimal); null when there are none. */
function meanHours(durations: readonly number[]): number | null {
  if (durations.length === 0) return null;
  const mean = durations.reduce((sum, ms) => sum + ms, 0) / durations.length / HOUR_MS;
  return Math.round(mean * 100) / 100;
}

const since = (from: Date | string, to: Date | string | null): number | null => (to === null || to === undefined ? null : new Date(to).getTime() - new Date(from).getTime());

interface Tally {
  employee: EmployeeRef;
  kinds: Map<string, number>;
  planned: number;
  plannedDone: number;
  plannedOverdue: number;
  responses: number[];
  completions: number[];
  requestsDone: number;
  newCounterparties: number;
  invoices: number;
  invoiced: Kopecks;
  received: Kopecks;
}

/** The two sheets' rows: one per employee with any figure (and each employee asked about). */
export function managerActivitySheets(sources: ManagerActivitySources, todayStart: Date): ReportRow[][] {
  const tallies = new Map<number, Tally>();
  const tallyOf = (employee: EmployeeRef): Tally => {
    let tally = tallies.get(employee.id);
    if (!tally) {
      tally = { employee, kinds: new Map(), planned: 0, plannedDone: 0, plannedOverdue: 0, responses: [], completions: [], requestsDone: 0, newCounterparties: 0, invoices: 0, invoiced: 0n, received: 0n };
      tallies.set(employee.id, tally);
    }
    return tally;
  };
  for (const employee of sources.employees ?? []) tallyOf(employee);
  for (const interaction of sources.interactions) {
    const kinds = tallyOf(interaction.employee).kinds;
    // a kind outside the list (none today) still counts among all contacts, as "other"
    const kind = INTERACTION_KINDS.includes(interaction.kind as InteractionKind) ? (interaction.kind as string) : 'other';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  for (const contact of sources.plannedContacts) {
    const tally = tallyOf(contact.employee);
    tally.planned += 1;
    const outcome = plannedOutcome(contact, todayStart);
    if (outcome === 'done') tally.plannedDone += 1;
    if (outcome === 'overdue') tally.plannedOverdue += 1;
  }
  for (const request of sources.requests) {
    const tally = tallyOf(request.employee);
    tally.requestsDone += 1;
    // the first sign of the assignee: reading it, or finishing it straight away
    const response = since(request.receivedAt, request.readAt ?? request.doneAt);
    if (response !== null) tally.responses.push(response);
    const completion = since(request.receivedAt, request.doneAt);
    if (completion !== null) tally.completions.push(completion);
  }
  for (const employee of sources.newCounterparties) tallyOf(employee).newCounterparties += 1;
  for (const invoice of sources.invoices) {
    const tally = tallyOf(invoice.employee);
    tally.invoices += 1;
    if (!blank(invoice.total)) tally.invoiced += toKopecks(invoice.total as string | number, 'total');
  }
  for (const payment of sources.payments) {
    if (!blank(payment.amount)) tallyOf(payment.employee).received += toKopecks(payment.amount as string | number, 'amount');
  }

  const all = [...tallies.values()];
  const activity = all.map((tally) => {
    const kinds = Object.fromEntries(KIND_COLUMNS.map((column) => [column.field, tally.kinds.get(column.kind) ?? 0]));
    return {
      employee: tally.employee.name,
      ...kinds,
      interactions: [...tally.kinds.values()].reduce((sum, count) => sum + count, 0),
      planned: tally.planned,
      plannedDone: tally.plannedDone,
      plannedOverdue: tally.plannedOverdue,
      requestsDone: tally.requestsDone,
      responseHours: meanHours(tally.responses),
      completionHours: meanHours(tally.completions),
      newCounterparties: tally.newCounterparties,
    };
  });
  const sales = withShares(
    all
      .filter((tally) => tally.invoices > 0 || tally.received > 0n || (sources.employees ?? []).some((employee) => employee.id === tally.employee.id))
      .map((tally) => ({ employee: tally.employee.name, invoices: tally.invoices, invoiced: formatKopecks(tally.invoiced), received: formatKopecks(tally.received) })),
    'invoiced',
    'share',
  );
  return [activity, sales];
}
