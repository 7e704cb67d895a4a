/**
 * Async-local state of the audit trail: the bulk job a write belongs to (then the per-document
 * middleware stays silent and only counts), and whether the current code is the audit writer itself
 * (the only code allowed to write audit entries).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { JobCounts } from '../domain/audit';

export interface AuditJobState {
  jobName: string;
  counts: JobCounts;
}

const jobs = new AsyncLocalStorage<AuditJobState>();
const writer = new AsyncLocalStorage<true>();

export function currentAuditJob(): AuditJobState | undefined {
  return jobs.getStore();
}

export function runInAuditJob<T>(state: AuditJobState, fn: () => Promise<T>): Promise<T> {
  return jobs.run(state, fn);
}

/** Runs fn as the audit writer: audit-entry rows may be created or removed (retention) only inside. */
export function asAuditWriter<T>(fn: () => Promise<T>): Promise<T> {
  return writer.run(true, fn);
}

export function isAuditWriter(): boolean {
  return writer.getStore() === true;
}
