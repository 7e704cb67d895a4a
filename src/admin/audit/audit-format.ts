/**
 * Ukrainian captions for the change history panel: field names, values, actors, actions. Plain functions
 * (no React), so they are unit-tested with the rest of the core.
 */
import { ukLabels } from '../../type-meta';
import { formatCount } from '../../domain/format/plural';
import { jobSummary } from './job-caption';

export const AUDIT_ENTRY_UID = 'api::audit-entry.audit-entry';

export interface AuditChange {
  field: string;
  old: unknown;
  new: unknown;
  added?: unknown[];
  removed?: unknown[];
}

export interface AuditHistoryEntry {
  id: number;
  occurredAt: string;
  action: 'create' | 'update' | 'delete' | 'bulk-job';
  actorType: 'admin' | 'api-token' | 'system';
  actorName: string | null;
  apiTokenName: string | null;
  jobName: string | null;
  counts: Record<string, any> | null;
  changes: AuditChange[] | null;
}

const EMPTY = '—';
const MAX_TEXT = 160;

const auditLabels = ukLabels[AUDIT_ENTRY_UID];

const truncate = (text: string, max = MAX_TEXT) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function fieldCaption(uid: string, field: string): string {
  return ukLabels[uid]?.fields[field] ?? field;
}

export function actionCaption(action: string): string {
  return auditLabels?.enums?.action?.[action] ?? action;
}

export function actorCaption(entry: Pick<AuditHistoryEntry, 'actorType' | 'actorName' | 'apiTokenName'>): string {
  if (entry.actorType === 'api-token') {
    const token = `API-токен «${entry.apiTokenName ?? entry.actorName ?? '?'}»`;
    return entry.actorName && entry.actorName !== entry.apiTokenName ? `${entry.actorName}, ${token}` : token;
  }
  if (entry.actorType === 'system') return entry.actorName ? `Система (${entry.actorName})` : 'Система';
  return entry.actorName ?? EMPTY;
}

const isRef = (value: unknown): value is { documentId: string; label?: string } =>
  Boolean(value && typeof value === 'object' && !Array.isArray(value) && 'documentId' in (value as object));

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function dateTimeCaption(value: string | number | Date): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString('uk-UA', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

function componentCaption(value: Record<string, unknown>): string {
  const parts = Object.values(value)
    .filter((part) => part !== null && part !== undefined && part !== '' && !(Array.isArray(part) && part.length === 0))
    .map((part) => valueCaption(part));
  return parts.join(' · ') || EMPTY;
}

/** A value of a change as text: enum captions, relation labels, так/ні, dates in Ukrainian format. */
export function valueCaption(value: unknown, uid?: string, field?: string): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? 'так' : 'ні';
  if (typeof value === 'string') {
    const enumCaption = uid && field ? ukLabels[uid]?.enums?.[field]?.[value] : undefined;
    if (enumCaption) return enumCaption;
    if (ISO_DATETIME.test(value)) return dateTimeCaption(value);
    if (ISO_DATE.test(value)) return value.split('-').reverse().join('.');
    return truncate(value);
  }
  if (typeof value === 'number') return String(value);
  if (isRef(value)) return value.label ?? value.documentId;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    if (value.every(isRef)) return truncate(value.map((ref) => ref.label ?? ref.documentId).join(', '));
    return truncate(value.map((item) => (item && typeof item === 'object' ? `[${componentCaption(item as Record<string, unknown>)}]` : valueCaption(item))).join('; '));
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // a to-many relation past MAX_LISTED_REFS is logged as { count } (src/domain/audit/diff.ts)
    if (Object.keys(record).length === 1 && typeof record.count === 'number') return formatCount(record.count, ['запис', 'записи', 'записів']);
    return truncate(componentCaption(record));
  }
  return truncate(String(value));
}

/** "Назва: Склопак → Склопак Плюс", or for to-many relations "Сегменти: + VIP; − Опт". */
export function changeCaption(uid: string, change: AuditChange): { label: string; text: string } {
  const label = fieldCaption(uid, change.field);
  if (Array.isArray(change.added) || Array.isArray(change.removed)) {
    const parts = [];
    if (change.added?.length) parts.push(`+ ${valueCaption(change.added)}`);
    if (change.removed?.length) parts.push(`− ${valueCaption(change.removed)}`);
    return { label, text: parts.join('; ') || EMPTY };
  }
  return { label, text: `${valueCaption(change.old, uid, change.field)} → ${valueCaption(change.new, uid, change.field)}` };
}

/**
 * A change as the entry view shows it: "old → new" for an update, the value alone for a creation (there was
 * nothing before) and for a deletion (what was removed).
 */
export function changeText(uid: string, change: AuditChange, action?: string | null): string {
  if (action === 'create' && !Array.isArray(change.added)) return valueCaption(change.new, uid, change.field);
  if (action === 'delete' && !Array.isArray(change.removed)) return valueCaption(change.old, uid, change.field);
  if (action === 'create' && Array.isArray(change.added)) return valueCaption(change.added);
  if (action === 'delete' && Array.isArray(change.removed)) return valueCaption(change.removed);
  return changeCaption(uid, change).text;
}

/** "Створено: Рахунки — 3; Змінено: нічого; …; Тривалість: 2,3 с": a job's counts in one line. */
export function countsCaption(counts: Record<string, any> | null): string {
  return jobSummary(counts)
    .map((line) => `${line.label}: ${line.text}`)
    .join('; ');
}
