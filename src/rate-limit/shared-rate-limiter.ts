import type { Core } from '@strapi/strapi';
import { RateDecision, RateLimitSettings, windowDecision, windowStart } from '../domain/rate-limit';

const TABLE = 'vitrylo_rate_limits';
/** One hit in this many also removes the windows nobody needs any more. */
const SWEEP_EVERY = 200;

/**
 * A rate limiter whose counts live in the database, so every Vitrylo process on it shares them: two
 * processes do not double a client's allowance. One upsert per hit (PostgreSQL and SQLite both have
 * `on conflict do update`), the decision itself in src/domain/rate-limit/window-counter.ts.
 */
export interface SharedRateLimiter {
  hit(key: string): Promise<RateDecision>;
  /** Forgets one key, or every key of this limiter (tests). */
  reset(key?: string): Promise<void>;
}

/** Per database connection: a test process may run several Strapis on several databases. */
const tablesReady = new WeakMap<object, Promise<void>>();

/** The counts table: Vitrylo's own (not a content type), made at the first hit if missing. */
function ensureTable(strapi: Core.Strapi): Promise<void> {
  const connection = strapi.db.connection;
  let ready = tablesReady.get(connection);
  if (ready) return ready;
  ready = (async () => {
    const schema = strapi.db.connection.schema;
    if (await schema.hasTable(TABLE)) return;
    await schema.createTable(TABLE, (table) => {
      table.string('limiter', 64).notNullable();
      table.string('client_key', 255).notNullable();
      table.bigInteger('window_start').notNullable();
      table.integer('hits').notNullable();
      table.primary(['limiter', 'client_key', 'window_start']);
    });
  })().catch((error) => {
    tablesReady.delete(connection);
    throw error;
  });
  tablesReady.set(connection, ready);
  return ready;
}

export function sharedRateLimiter(strapi: Core.Strapi, limiter: string, settings: RateLimitSettings): SharedRateLimiter {
  let hits = 0;
  return {
    async hit(key) {
      await ensureTable(strapi);
      const knex = strapi.db.connection;
      const at = Date.now();
      const start = windowStart(at, settings.windowMs);
      await knex.raw(
        `insert into ${TABLE} (limiter, client_key, window_start, hits) values (?, ?, ?, 1)
         on conflict (limiter, client_key, window_start) do update set hits = ${TABLE}.hits + 1`,
        [limiter, key, start],
      );
      const rows: Array<{ window_start: string | number; hits: number }> = await knex(TABLE)
        .select('window_start', 'hits')
        .where({ limiter, client_key: key })
        .whereIn('window_start', [start, start - settings.windowMs]);
      const count = (from: number) => Number(rows.find((row) => Number(row.window_start) === from)?.hits ?? 0);
      hits += 1;
      if (hits % SWEEP_EVERY === 0) await knex(TABLE).where({ limiter }).where('window_start', '<', start - settings.windowMs).delete();
      return windowDecision({ previous: count(start - settings.windowMs), current: count(start), at, windowMs: settings.windowMs, max: settings.max });
    },
    async reset(key) {
      await ensureTable(strapi);
      const query = strapi.db.connection(TABLE).where({ limiter });
      await (key === undefined ? query : query.where({ client_key: key })).delete();
    },
  };
}
