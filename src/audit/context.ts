/**
 * Async-local state of the audit trail: the bulk job a write belongs to (then the per-document
 * middleware stays silent and only counts), and whether the current code is the audit writer itself
 * (the only code allowed to write audit entries).
 */
import { contextSlot } from '../context/context-slot';
import type { JobCounts } from '../domain/audit';

export interface AuditJobState {
  jobName: string;
  counts: JobCounts;
}

const jobs = contextSlot<AuditJobState>('audit job');
const writer = contextSlot<true>('audit writer');

export function currentAuditJob(): AuditJobState | undefined {
  return jobs.get();
}

export function runInAuditJob<T>(state: AuditJobState, fn: () => Promise<T>): Promise<T> {
  return jobs.run(state, fn);
}

/** Runs fn as the audit writer: audit-entry rows may be created or removed (retention) only inside. */
export function asAuditWriter<T>(fn: () => Promise<T>): Promise<T> {
  return writer.run(true, fn);
}

export function isAuditWriter(): boolean {
  return writer.get() === true;
}
