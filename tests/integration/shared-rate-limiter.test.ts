import { startStrapi, TestApp } from '../helpers/strapi';
import { sharedRateLimiter } from '../../src/rate-limit/shared-rate-limiter';

/**
 * The rate limiter whose counts every Vitrylo process shares, on the real database: two limiter instances stand
 * for two processes (each keeps its own claimed hit numbers, as a process does). A busy client's hits are claimed
 * in runs, so it must still never get more than the limit, and every hit must still be counted.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => {
  await app?.stop();
});

const WINDOW = 60_000;
const countedHits = async (limiter: string, key: string): Promise<number> => {
  const rows = await app.strapi.db.connection('vitrylo_rate_limits').where({ limiter, client_key: key }).sum({ hits: 'hits' });
  return Number(rows[0]?.hits ?? 0);
};
/** Upserts of the counts table sent to the database while `run` runs. */
async function countingWrites<T>(run: () => Promise<T>): Promise<{ result: T; writes: number }> {
  const knexClient: any = app.strapi.db.connection.client;
  const send = knexClient._query;
  let writes = 0;
  knexClient._query = function recording(this: unknown, connection: unknown, query: any) {
    if (/insert into vitrylo_rate_limits/.test(query.sql)) writes += 1;
    return send.call(this, connection, query);
  };
  try {
    return { result: await run(), writes };
  } finally {
    knexClient._query = send;
  }
}

test('a burst of concurrent hits in one process: exactly the limit passes, every hit is counted, with fewer writes than hits', async () => {
  const limiter = sharedRateLimiter(app.strapi, 'test-burst', { max: 400, windowMs: WINDOW });
  await limiter.reset();
  const { result: decisions, writes } = await countingWrites(() => Promise.all(Array.from({ length: 1000 }, () => limiter.hit('token'))));
  expect(decisions.filter((d) => d.allowed)).toHaveLength(400);
  expect(decisions.filter((d) => !d.allowed).every((d) => d.retryAfterMs > 0)).toBe(true);
  expect(await countedHits('test-burst', 'token')).toBeGreaterThanOrEqual(1000);
  expect(writes).toBeLessThan(1000 / 4);
  await limiter.reset();
});

test('two processes on one database: together never more than the limit, and not much less', async () => {
  const first = sharedRateLimiter(app.strapi, 'test-two', { max: 100, windowMs: WINDOW });
  const second = sharedRateLimiter(app.strapi, 'test-two', { max: 100, windowMs: WINDOW });
  await first.reset();
  await second.reset();
  const decisions = await Promise.all(Array.from({ length: 300 }, (_, i) => (i % 2 ? first : second).hit('token')));
  const allowed = decisions.filter((d) => d.allowed).length;
  expect(allowed).toBeLessThanOrEqual(100);
  // numbers claimed by one and not yet used count for the other: at most a quarter of the room each
  expect(allowed).toBeGreaterThanOrEqual(100 - 2 * 25);
  expect(await countedHits('test-two', 'token')).toBeGreaterThanOrEqual(300);
  // once a client is over the limit, both refuse it
  expect((await first.hit('token')).allowed).toBe(false);
  expect((await second.hit('token')).allowed).toBe(false);
  await first.reset();
});

test('under a low limit every hit is one write, so the limit is exact across processes', async () => {
  const first = sharedRateLimiter(app.strapi, 'test-slow', { max: 6, windowMs: WINDOW });
  const second = sharedRateLimiter(app.strapi, 'test-slow', { max: 6, windowMs: WINDOW });
  await first.reset();
  const hitsBy = async (count: number) => {
    const made = [];
    for (let i = 0; i < count; i += 1) made.push(await (i % 2 ? first : second).hit('token'));
    return made;
  };
  const { result: allowed, writes } = await countingWrites(() => hitsBy(6));
  expect(allowed.map((d) => [d.allowed, d.remaining])).toEqual([[true, 5], [true, 4], [true, 3], [true, 2], [true, 1], [true, 0]]);
  expect(writes).toBe(6);
  expect(await countedHits('test-slow', 'token')).toBe(6);
  const refused = await hitsBy(4);
  expect(refused.map((d) => d.allowed)).toEqual([false, false, false, false]);
  expect(await countedHits('test-slow', 'token')).toBeGreaterThanOrEqual(10);
  await first.reset();
});
