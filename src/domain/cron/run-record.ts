/**
 * What is kept about a run of a scheduled task, for an admin page: when, how it ended, what it changed.
 * Instants are ISO strings (the record is stored as JSON).
 */
export type CronRunOutcome = 'ok' | 'failed' | 'skipped';

export interface CronRunRecord {
  task: string;
  startedAt: string;
  finishedAt: string;
  outcome: CronRunOutcome;
  /** The error of a failed run, or why a run was skipped. */
  error: string | null;
  /** The audited job's counts (created/updated/deleted per uid and the task's own keys); null when skipped. */
  counts: Record<string, unknown> | null;
}

const MAX_MESSAGE = 1000;

/** A thrown value as one line of text for the record, cut to a sensible length. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}
