import type { Core } from '@strapi/strapi';
import { ensureOwnTable } from '../database/own-table';
import { preparedStatement } from '../database/prepared-statements';
import { HitLeases, RateDecision, RateLimitSettings, windowDecision, windowStart } from '../domain/rate-limit';

const TABLE = 'vitrylo_rate_limits';
/** One claim in this many also removes the windows nobody needs any more. */
const SWEEP_EVERY = 200;

/**
 * A rate limiter whose counts live in the database, so every Vitrylo process on it shares them: two
 * processes do not double a client's allowance. One upsert per claim of hit numbers (PostgreSQL and SQLite
 * both have `on conflict do update … returning`): one per hit while a client's hits come slowly, one per run
 * of them for a busy one (src/domain/rate-limit/hit-leases.ts); each hit decided by its number in
 * src/domain/rate-limit/window-counter.ts.
 */
export interface SharedRateLimiter {
  hit(key: string): Promise<RateDecision>;
  /** Forgets one key, or every key of this limiter (tests). */
  reset(key?: string): Promise<void>;
}

/**
 * The counts table: Vitrylo's own (not a content type), made at the first hit if missing. On PostgreSQL it
 * is unlogged: a hit's commit then does not wait for the disk (every hit of one client updates the same row,
 * so a flush per hit queued that client's concurrent requests), and counts lost in a crash are harmless.
 */
function ensureTable(strapi: Core.Strapi): Promise<void> {
  const unloggedOnPostgres = async (connection: any) => {
    if (strapi.db.dialect.client !== 'postgres') return;
    const { rows } = await connection.raw(`select relpersistence from pg_class where oid = to_regclass(?)`, [TABLE]);
    if (rows[0]?.relpersistence === 'p') await connection.raw(`alter table ${TABLE} set unlogged`);
  };
  return ensureOwnTable(
    strapi,
    TABLE,
    (table) => {
      table.string('limiter', 64).notNullable();
      table.string('client_key', 255).notNullable();
      table.bigInteger('window_start').notNullable();
      table.integer('hits').notNullable();
      table.primary(['limiter', 'client_key', 'window_start']);
    },
    unloggedOnPostgres,
  );
}

/** Adds `size` hits and answers the window's count after them: one statement (a prepared one), one round trip. */
async function countHits(strapi: Core.Strapi, limiter: string, key: string, start: number, size: number): Promise<number> {
  const result: any = await preparedStatement(
    strapi,
    strapi.db.connection.raw(
      `insert into ${TABLE} (limiter, client_key, window_start, hits) values (?, ?, ?, ?)
       on conflict (limiter, client_key, window_start) do update set hits = ${TABLE}.hits + excluded.hits returning hits`,
      [limiter, key, start, size],
    ),
  );
  const rows = Array.isArray(result) ? result : result.rows;
  return Number(rows[0]?.hits ?? size);
}

export function sharedRateLimiter(strapi: Core.Strapi, limiter: string, settings: RateLimitSettings): SharedRateLimiter {
  let claims = 0;
  const leases = new HitLeases();
  // One claim at a time per client in this process: the hits that arrive meanwhile wait for its numbers.
  const claiming = new Map<string, Promise<void>>();
  // A window that has ended no longer grows: its count is read once per client, not at every hit.
  const closedWindows = new Map<string, { start: number; hits: number }>();
  const previousCount = async (key: string, previousStart: number): Promise<number> => {
    const known = closedWindows.get(key);
    if (known && known.start === previousStart) return known.hits;
    const row = await strapi.db.connection(TABLE).select('hits').where({ limiter, client_key: key, window_start: previousStart }).first();
    const count = Number(row?.hits ?? 0);
    closedWindows.set(key, { start: previousStart, hits: count });
    return count;
  };

  const claim = async (key: string, start: number, at: number): Promise<void> => {
    const previous = await previousCount(key, start - settings.windowMs);
    const size = leases.claimSize(key, { at, windowStart: start, windowMs: settings.windowMs, max: settings.max, previous });
    const countAfter = await countHits(strapi, limiter, key, start, size);
    leases.claimed(key, { windowStart: start, countAfter, size, at });
    claims += 1;
    if (claims % SWEEP_EVERY === 0) {
      await strapi.db.connection(TABLE).where({ limiter }).where('window_start', '<', start - settings.windowMs).delete();
      for (const [client, window] of closedWindows) if (window.start < start - settings.windowMs) closedWindows.delete(client);
      leases.forget({ before: start });
    }
  };

  return {
    async hit(key) {
      await ensureTable(strapi);
      for (;;) {
        const at = Date.now();
        const start = windowStart(at, settings.windowMs);
        const number = leases.take(key, start);
        if (number !== null) {
          const previous = await previousCount(key, start - settings.windowMs);
          return windowDecision({ previous, current: number, at, windowMs: settings.windowMs, max: settings.max });
        }
        let pending = claiming.get(key);
        if (!pending) {
          pending = claim(key, start, at).finally(() => claiming.delete(key));
          claiming.set(key, pending);
        }
        await pending;
      }
    },
    async reset(key) {
      await ensureTable(strapi);
      if (key === undefined) {
        closedWindows.clear();
        leases.forget('all');
      } else {
        closedWindows.delete(key);
        leases.forget({ key });
      }
      const query = strapi.db.connection(TABLE).where({ limiter });
      await (key === undefined ? query : query.where({ client_key: key })).delete();
    },
  };
}
