import type { FieldIssue } from '../errors';
import { issue } from '../messages/render';
import { dateSpanToInstants } from '../time/periods';
import { parseLocalDate } from '../time/local-date';
import { INTERACTION_DIRECTIONS, INTERACTION_KINDS, INTERACTION_STATES } from './enums';

/**
 * The query parameters of the chronicle pages, checked into a plain shape a thin service turns into a
 * Document Service query (filters.ts), with the caller's visibility added there:
 * - `client`: one counterparty's timeline (`counterparty` required), the card's "Хроніка";
 * - `manager`: what one employee did (`employee` required: the interaction's employee);
 * - `period`: everything from `from` to `to` (both required), for reports.
 * Filters on every page: kind, state, direction, stage, businessLine, employee (not on `manager`, which
 * has its one), from / to (local dates in the business zone, inclusive). Lists come as 'a,b' or repeated
 * parameters. Paging is by page and pageSize, with a maximum page size and a maximum depth: offset paging
 * that deep into 10M rows is a scan, and nobody reads page 5,000 of a timeline (a period that long is
 * narrowed with from / to instead).
 */
export type ChronicleScope = 'client' | 'manager' | 'period';
export type ChronicleOrder = 'desc' | 'asc';

export interface ChronicleQueryOptions {
  timeZone: string;
  defaultPageSize?: number;
  maxPageSize?: number;
  /** the deepest row a page may reach (page × pageSize) */
  maxDepth?: number;
}

export interface ChronicleQuery {
  scope: ChronicleScope;
  counterpartyId: string | null;
  /** `manager` scope: the one employee */
  managerId: string | null;
  kinds: string[];
  states: string[];
  directions: string[];
  stageIds: string[];
  businessLineIds: string[];
  employeeIds: string[];
  /** local dates and the half-open instants they cover; either side may be open (null) except on `period` */
  period: { from: string | null; to: string | null; start: Date | null; end: Date | null } | null;
  page: number;
  pageSize: number;
  /** newest first by default, as a timeline reads */
  order: ChronicleOrder;
}

export type ChronicleQueryResult =
  | { ok: true; value: ChronicleQuery; issues?: undefined }
  | { ok: false; issues: FieldIssue[]; value?: undefined };

export const CHRONICLE_DEFAULTS = { defaultPageSize: 20, maxPageSize: 100, maxDepth: 10_000 } as const;
const MAX_LIST = 50;
/** documentIds and numeric ids: nothing an operator object or a filter injection could hide in */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const KNOWN = ['counterparty', 'employee', 'kind', 'state', 'direction', 'stage', 'businessLine', 'from', 'to', 'page', 'pageSize', 'order'];

/** A list parameter: 'a,b', ['a', 'b'] or ['a,b', 'c'] → ['a', 'b', 'c'] (trimmed, blanks and repeats dropped); null when not text. */
function readList(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  const parts = Array.isArray(value) ? value : [value];
  if (!parts.every((p) => typeof p === 'string')) return null;
  return [...new Set((parts as string[]).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean))];
}

function readWhole(value: unknown, fallback: number, field: string, issues: FieldIssue[]): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) {
    issues.push(issue(field, 'number.whole'));
    return fallback;
  }
  return n;
}

export function readChronicleQuery(scope: ChronicleScope, params: Readonly<Record<string, unknown>>, options: ChronicleQueryOptions): ChronicleQueryResult {
  const { defaultPageSize, maxPageSize, maxDepth } = { ...CHRONICLE_DEFAULTS, ...stripUndefined(options) };
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(params ?? {})) if (!KNOWN.includes(key)) issues.push(issue(key, 'request.notAccepted'));
  if (scope === 'manager' && params.employee !== undefined && readList(params.employee)?.length !== 1) {
    issues.push(issue('employee', 'request.invalid'));
  }

  const ids = (field: string): string[] => {
    const list = readList(params[field]);
    if (list === null || list.some((id) => !ID.test(id))) issues.push(issue(field, 'request.format'));
    else if (list.length > MAX_LIST) issues.push(issue(field, 'number.atMost', { limit: MAX_LIST }));
    else return list;
    return [];
  };
  const values = (field: string, allowed: readonly string[]): string[] => {
    const list = readList(params[field]);
    if (list === null || list.some((v) => !allowed.includes(v))) {
      issues.push(issue(field, 'request.oneOf', { values: allowed.join(', ') }));
      return [];
    }
    return list;
  };

  const counterparties = ids('counterparty');
  const employees = ids('employee');
  const kinds = values('kind', INTERACTION_KINDS);
  const states = values('state', INTERACTION_STATES);
  const directions = values('direction', INTERACTION_DIRECTIONS);
  const stageIds = ids('stage');
  const businessLineIds = ids('businessLine');
  if (counterparties.length > 1) issues.push(issue('counterparty', 'request.invalid'));
  if (scope === 'client' && params.counterparty === undefined) issues.push(issue('counterparty', 'required'));
  if (scope === 'manager' && params.employee === undefined) issues.push(issue('employee', 'required'));

  const dates: Record<'from' | 'to', string | null> = { from: null, to: null };
  for (const field of ['from', 'to'] as const) {
    const raw = params[field];
    if (raw === undefined || raw === null || raw === '') {
      if (scope === 'period') issues.push(issue(field, 'required'));
      continue;
    }
    const parsed = parseLocalDate(raw);
    if (parsed.ok) dates[field] = parsed.value;
    else issues.push(issue(field, 'type.localDate'));
  }
  if (dates.from && dates.to && dates.to < dates.from) issues.push(issue('to', 'period.toBeforeFrom'));

  const pageSize = readWhole(params.pageSize, defaultPageSize, 'pageSize', issues);
  if (pageSize < 1) issues.push(issue('pageSize', 'number.atLeast', { limit: 1 }));
  else if (pageSize > maxPageSize) issues.push(issue('pageSize', 'number.atMost', { limit: maxPageSize }));
  const page = readWhole(params.page, 1, 'page', issues);
  if (page < 1) issues.push(issue('page', 'number.atLeast', { limit: 1 }));
  else if (pageSize >= 1 && pageSize <= maxPageSize && page * pageSize > maxDepth) {
    issues.push(issue('page', 'number.atMost', { limit: Math.floor(maxDepth / pageSize) }));
  }
  const order = params.order === undefined ? 'desc' : params.order;
  if (order !== 'desc' && order !== 'asc') issues.push(issue('order', 'request.oneOf', { values: 'desc, asc' }));

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      scope,
      counterpartyId: counterparties[0] ?? null,
      managerId: scope === 'manager' ? employees[0] : null,
      kinds,
      states,
      directions,
      stageIds,
      businessLineIds,
      employeeIds: scope === 'manager' ? [] : employees,
      period: dates.from || dates.to ? periodOf(dates.from, dates.to, options.timeZone) : null,
      page,
      pageSize,
      order: order as ChronicleOrder,
    },
  };
}

function periodOf(from: string | null, to: string | null, timeZone: string): ChronicleQuery['period'] {
  const start = from ? dateSpanToInstants({ from, to: from }, timeZone).start : null;
  const end = to ? dateSpanToInstants({ from: to, to }, timeZone).end : null;
  return { from, to, start, end };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

