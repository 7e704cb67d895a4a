import type { Caption, ColumnDefinition, ReportDefinition, ReportRow } from '../definition';
import { countColumn, departmentParameter, periodParameter, textColumn } from './common';

/**
 * Inbound requests received in the period: how many came by each channel and lead source, how each
 * department and assignee dealt with them (done, open, late, how fast), how they were routed, and how
 * many led to a sale — the request's counterparty got an invoice (not a draft, not cancelled) dated on or
 * after the day the request came.
 */

export interface RequestRecord {
  /** the channel's caption ('Телефон') */
  channel: string | null;
  leadSource: string | null;
  department: string | null;
  assignee: string | null;
  /** the workflow state as stored: new, assigned, read, in-progress, done, rejected */
  state: string | null;
  receivedAt: Date | string;
  readAt: Date | string | null;
  doneAt: Date | string | null;
  dueAt: Date | string | null;
  /** marked overdue by the escalation task */
  overdue: boolean;
  /**
   * the routing rule that chose the assignee, by name; null when none did; undefined when the caller may
   * not read routing rules (only the Director does): then the report tells assigned from not assigned only
   */
  routingRule?: string | null;
  /** routing could not decide and asked a person to */
  flagged: boolean;
  /** how many times it was passed on to someone else */
  forwards: number;
  hasCounterparty: boolean;
  /** its counterparty got an invoice dated on or after the day it came */
  invoiced: boolean;
}

export const CLOSED_REQUEST_STATES = ['done', 'rejected'] as const;

/**
 * Late: marked overdue, or its due moment passed before it was done (for an open one: before `now`). A
 * rejected request is closed at no known moment, so only its mark counts.
 */
export function requestWasLate(request: Pick<RequestRecord, 'state' | 'dueAt' | 'doneAt' | 'overdue'>, now: Date): boolean {
  if (request.overdue) return true;
  if (!request.dueAt) return false;
  const due = new Date(request.dueAt).getTime();
  if (request.state === 'done') return request.doneAt !== null && new Date(request.doneAt).getTime() > due;
  if (request.state === 'rejected') return false;
  return now.getTime() > due;
}

/** Hours from receiving a request to its first response: read, or done straight away; null without either. */
export function responseHours(request: Pick<RequestRecord, 'receivedAt' | 'readAt' | 'doneAt'>): number | null {
  const response = request.readAt ?? request.doneAt;
  return response === null ? null : (new Date(response).getTime() - new Date(request.receivedAt).getTime()) / 3_600_000;
}

/** How a request found its assignee, as the «Розподіл» sheet names it. */
export function routingOutcome(request: Pick<RequestRecord, 'routingRule' | 'assignee'>): string {
  if (request.routingRule) return `За правилом «${request.routingRule}»`;
  if (!request.assignee) return 'Не призначено';
  return request.routingRule === undefined ? 'Призначено' : 'Без правила (менеджер клієнта, черговий або вручну)';
}

const HOURS = (field: string, caption: Caption): ColumnDefinition<any> => ({ field, caption, type: 'decimal', decimals: 1 });
/** A rate within the row: no total, since a sum or mean of the rows' rates is not the whole's rate. */
const RATE = (field: string, caption: Caption): ColumnDefinition<any> => ({ field, caption, type: 'percent' });

const REQUESTS = countColumn('requests', { uk: 'Звернень', en: 'Requests' });
const DONE = countColumn('done', { uk: 'Виконано', en: 'Done' });
const OPEN = countColumn('open', { uk: 'Відкриті', en: 'Open' });
const LATE = countColumn('late', { uk: 'З порушенням строку', en: 'Late' });
const RESPONSE = HOURS('responseHours', { uk: 'Середня реакція, год', en: 'Mean response, hours' });
const INVOICED = countColumn('invoiced', { uk: 'Завершились рахунком', en: 'Led to an invoice' });
const CONVERSION = RATE('conversion', { uk: 'Конверсія', en: 'Conversion' });

export const inboundRequestsReport = {
  key: 'inbound-requests',
  title: { uk: 'Вхідні звернення', en: 'Inbound requests' },
  section: 'requests',
  parameters: [periodParameter(), departmentParameter],
  sheets: [
    {
      name: { uk: 'За каналами', en: 'By channel' },
      columns: [
        textColumn('channel', { uk: 'Канал', en: 'Channel' }),
        textColumn('leadSource', { uk: 'Джерело залучення', en: 'Lead source' }),
        REQUESTS,
        DONE,
        countColumn('rejected', { uk: 'Відхилено', en: 'Rejected' }),
        OPEN,
        LATE,
        RESPONSE,
        INVOICED,
        CONVERSION,
      ],
      groupBy: ['channel'],
      sort: [{ field: 'requests', direction: 'desc' }],
      chart: { category: 'channel', series: ['requests'] },
    },
    {
      name: { uk: 'За підрозділами', en: 'By department' },
      columns: [
        textColumn('department', { uk: 'Підрозділ', en: 'Department' }),
        textColumn('assignee', { uk: 'Виконавець', en: 'Assignee' }),
        REQUESTS,
        DONE,
        OPEN,
        LATE,
        RESPONSE,
        HOURS('completionHours', { uk: 'Середнє виконання, год', en: 'Mean completion, hours' }),
      ],
      groupBy: ['department'],
      sort: [{ field: 'requests', direction: 'desc' }],
    },
    {
      name: { uk: 'Розподіл і результат', en: 'Routing and outcome' },
      columns: [
        textColumn('routing', { uk: 'Як розподілено', en: 'Routing' }),
        REQUESTS,
        countColumn('flagged', { uk: 'Потребували рішення', en: 'Flagged' }),
        countColumn('forwarded', { uk: 'Переадресовано', en: 'Forwarded' }),
        countColumn('withCounterparty', { uk: 'Від контрагентів з бази', en: 'From known counterparties' }),
        INVOICED,
        CONVERSION,
      ],
      sort: [{ field: 'requests', direction: 'desc' }],
    },
  ],
} satisfies Omit<ReportDefinition, 'query' | 'pages'>;

/** Mean of the numbers rounded to 0.01; null for none. */
function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;
}

/** Rows of one sheet: the requests grouped by `keys`, each group's figures computed by `figures`. */
function groupRows(requests: readonly RequestRecord[], keys: (request: RequestRecord) => Record<string, string | null>, figures: (group: RequestRecord[]) => ReportRow): ReportRow[] {
  const groups = new Map<string, { keys: Record<string, string | null>; requests: RequestRecord[] }>();
  for (const request of requests) {
    const key = keys(request);
    const id = JSON.stringify(Object.values(key));
    const group = groups.get(id) ?? { keys: key, requests: [] };
    group.requests.push(request);
    groups.set(id, group);
  }
  return [...groups.values()].map((group) => ({ ...group.keys, ...figures(group.requests) }));
}

/** The three sheets' rows; `now` decides whether an open request is already late. */
export function inboundRequestsSheets(requests: readonly RequestRecord[], now: Date): ReportRow[][] {
  const count = (group: RequestRecord[], test: (request: RequestRecord) => boolean) => group.filter(test).length;
  const isOpen = (request: RequestRecord) => !CLOSED_REQUEST_STATES.includes(request.state as (typeof CLOSED_REQUEST_STATES)[number]);
  const responses = (group: RequestRecord[]) => mean(group.map(responseHours).filter((hours): hours is number => hours !== null));
  const conversion = (group: RequestRecord[]) => (group.length === 0 ? 0 : count(group, (r) => r.invoiced) / group.length);

  const byChannel = groupRows(
    requests,
    (request) => ({ channel: request.channel, leadSource: request.leadSource }),
    (group) => ({
      requests: group.length,
      done: count(group, (r) => r.state === 'done'),
      rejected: count(group, (r) => r.state === 'rejected'),
      open: count(group, isOpen),
      late: count(group, (r) => requestWasLate(r, now)),
      responseHours: responses(group),
      invoiced: count(group, (r) => r.invoiced),
      conversion: conversion(group),
    }),
  );
  const byDepartment = groupRows(
    requests,
    (request) => ({ department: request.department, assignee: request.assignee }),
    (group) => ({
      requests: group.length,
      done: count(group, (r) => r.state === 'done'),
      open: count(group, isOpen),
      late: count(group, (r) => requestWasLate(r, now)),
      responseHours: responses(group),
      completionHours: mean(
        group.filter((r) => r.state === 'done' && r.doneAt !== null).map((r) => (new Date(r.doneAt!).getTime() - new Date(r.receivedAt).getTime()) / 3_600_000),
      ),
    }),
  );
  const byRouting = groupRows(
    requests,
    (request) => ({ routing: routingOutcome(request) }),
    (group) => ({
      requests: group.length,
      flagged: count(group, (r) => r.flagged),
      forwarded: count(group, (r) => r.forwards > 0),
      withCounterparty: count(group, (r) => r.hasCounterparty),
      invoiced: count(group, (r) => r.invoiced),
      conversion: conversion(group),
    }),
  );
  return [byChannel, byDepartment, byRouting];
}
