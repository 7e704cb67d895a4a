import type { Core } from '@strapi/strapi';

/**
 * Waits until the database pool is idle. Every Document Service create schedules an `entry.create` event after
 * its transaction commits (a deep-populated findOne per document, fire-and-forget). After a batch of thousands of
 * documents those queries queue up behind the single SQLite connection for several seconds; the next batch would
 * wait behind them, and `strapi.destroy()` would abort them with unhandled "aborted" rejections.
 */
export async function waitForIdleDatabase(strapi: Core.Strapi, timeoutMs = 10 * 60_000): Promise<void> {
  const pool = (strapi.db as any)?.connection?.client?.pool;
  if (!pool || typeof pool.numPendingAcquires !== 'function' || typeof pool.numUsed !== 'function') return;
  const deadline = Date.now() + timeoutMs;
  let idleChecks = 0;
  while (Date.now() < deadline) {
    const busy = pool.numPendingAcquires() + pool.numUsed() + (typeof pool.numPendingCreates === 'function' ? pool.numPendingCreates() : 0);
    idleChecks = busy === 0 ? idleChecks + 1 : 0;
    if (idleChecks >= 4) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
