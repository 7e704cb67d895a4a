import type { Core } from '@strapi/strapi';
import type { AuditActor, FieldChange } from '../domain/audit';
import { asAuditWriter } from './context';
import { AUDIT_UID } from './constants';

export interface AuditEntryInput {
  actor: AuditActor;
  action: 'create' | 'update' | 'delete' | 'bulk-job';
  occurredAt?: Date;
  targetUid?: string | null;
  targetDocumentId?: string | null;
  targetLabel?: string | null;
  changes?: FieldChange[] | null;
  jobName?: string | null;
  counts?: Record<string, unknown> | null;
}

/** String columns are varchar(255) on PostgreSQL. */
const short = (value: string | null | undefined): string | null => {
  if (value === null || value === undefined || value === '') return null;
  return value.length > 255 ? `${value.slice(0, 254)}…` : value;
};

/**
 * Writes one audit entry with the row-level query engine (no document middleware runs for it, so writing
 * the log never logs itself). Inside a transaction it joins it: the entry commits or rolls back with the
 * change it describes.
 */
export async function writeAuditEntry(strapi: Core.Strapi, entry: AuditEntryInput): Promise<void> {
  const data: Record<string, unknown> = {
    occurredAt: entry.occurredAt ?? new Date(),
    actorType: entry.actor.actorType,
    actorName: short(entry.actor.actorName),
    apiTokenName: short(entry.actor.apiTokenName),
    targetUid: short(entry.targetUid),
    targetDocumentId: short(entry.targetDocumentId),
    targetLabel: short(entry.targetLabel),
    action: entry.action,
    changes: entry.changes ?? null,
    jobName: short(entry.jobName),
    counts: entry.counts ?? null,
  };
  if (entry.actor.actorAdminUserId !== null && entry.actor.actorAdminUserId !== undefined) data.actorAdminUser = entry.actor.actorAdminUserId;
  await asAuditWriter(() => strapi.db.query(AUDIT_UID as any).create({ data }));
}
