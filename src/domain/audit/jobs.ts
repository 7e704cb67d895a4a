/**
 * Counts of a bulk job (import, cron task): one audit entry per job instead of one per row. The job itself
 * may add its own keys next to created/updated/deleted (e.g. `duplicates`, `unmatched`).
 */

export type WriteAction = 'create' | 'update' | 'delete';

export interface JobCounts {
  /** uid → documents created by the job through the Document Service. */
  created: Record<string, number>;
  updated: Record<string, number>;
  deleted: Record<string, number>;
  [extra: string]: unknown;
}

const KEY: Record<WriteAction, 'created' | 'updated' | 'deleted'> = { create: 'created', update: 'updated', delete: 'deleted' };

export function createJobCounts(): JobCounts {
  return { created: {}, updated: {}, deleted: {} };
}

export function countWrite(counts: JobCounts, action: WriteAction, uid: string, by = 1): void {
  const bucket = counts[KEY[action]];
  bucket[uid] = (bucket[uid] ?? 0) + by;
}

/** Nothing was created, updated or deleted (the job's own keys are not considered). */
export function isEmptyJob(counts: JobCounts): boolean {
  return [counts.created, counts.updated, counts.deleted].every((bucket) => Object.values(bucket ?? {}).every((n) => !n));
}

/** A JSON-safe copy of the counts (Dates as ISO text, bigints as text, functions and undefined dropped). */
export function serializeCounts(counts: JobCounts): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(counts, (_key, value) => (typeof value === 'bigint' ? value.toString() : typeof value === 'function' ? undefined : value)),
  );
}
