import { HitLeases, LEASE_MAX, windowDecision, windowStart } from '../../src/domain/rate-limit';

const WINDOW = 60_000;
const START = 10 * WINDOW;

/**
 * Processes sharing one counter, as the database row is shared: each hit takes a claimed number or claims a
 * run first (the counter grows by the claim's size at once, as the upsert does), then is decided by its number.
 */
function simulate({ processes, max, hits, gapMs, previous = 0 }: { processes: number; max: number; hits: number; gapMs: number; previous?: number }) {
  let shared = 0;
  let claims = 0;
  const leases = Array.from({ length: processes }, () => new HitLeases());
  const allowed: number[] = Array(processes).fill(0);
  let at = START;
  for (let hit = 0; hit < hits; hit += 1) {
    const p = hit % processes;
    const start = windowStart(at, WINDOW);
    let number = leases[p].take('token', start);
    if (number === null) {
      const size = leases[p].claimSize('token', { at, windowStart: start, windowMs: WINDOW, max, previous });
      shared += size;
      claims += 1;
      leases[p].claimed('token', { windowStart: start, countAfter: shared, size, at });
      number = leases[p].take('token', start)!;
    }
    if (windowDecision({ previous, current: number, at, windowMs: WINDOW, max }).allowed) allowed[p] += 1;
    at += gapMs;
  }
  return { shared, claims, allowed: allowed.reduce((a, b) => a + b, 0) };
}

describe('hit numbers claimed ahead from the shared count', () => {
  test('hits that come slowly claim one number each: every hit is one write, as when each was counted alone', () => {
    const result = simulate({ processes: 1, max: 1000, hits: 30, gapMs: 1000 });
    expect(result.claims).toBe(30);
    expect(result.shared).toBe(30);
    expect(result.allowed).toBe(30);
  });

  test('a busy client claims runs of numbers: a few writes for many hits, never more than LEASE_MAX at once', () => {
    const result = simulate({ processes: 1, max: 1_000_000, hits: 10_000, gapMs: 0.5 });
    expect(result.allowed).toBe(10_000);
    expect(result.claims).toBeLessThan(10_000 / 40);
    const leases = new HitLeases();
    leases.claimed('token', { windowStart: START, countAfter: 10, size: 10, at: START });
    for (let i = 0; i < 10; i += 1) leases.take('token', START);
    expect(leases.claimSize('token', { at: START + 1, windowStart: START, windowMs: WINDOW, max: 1_000_000, previous: 0 })).toBe(LEASE_MAX);
  });

  test('one process gives exactly the limit, however fast the hits come, and counts the refused ones too', () => {
    for (const max of [1, 5, 10, 60, 1000]) {
      const result = simulate({ processes: 1, max, hits: max * 3, gapMs: 0.1 });
      expect(result.allowed).toBe(max);
      // every hit counted; numbers claimed and not used (refused ones at most) on top
      expect(result.shared).toBeGreaterThanOrEqual(max * 3);
      expect(result.shared).toBeLessThanOrEqual(max * 3 + LEASE_MAX);
    }
  });

  test('several processes never give more than the limit; numbers held unused refuse a little early, by at most a quarter of the limit each', () => {
    for (const processes of [2, 3, 4]) {
      for (const max of [5, 60, 1000, 5000]) {
        const result = simulate({ processes, max, hits: max * 2, gapMs: 0.05 });
        expect(result.allowed).toBeLessThanOrEqual(max);
        expect(result.allowed).toBeGreaterThanOrEqual(max - processes * Math.max(1, Math.floor(max / 4)));
        expect(result.shared).toBeGreaterThanOrEqual(max * 2);
      }
    }
  });

  test('a claim takes at most a quarter of the room left, so near the limit every hit is counted alone', () => {
    const leases = new HitLeases();
    leases.claimed('token', { windowStart: START, countAfter: 50, size: 1, at: START });
    leases.take('token', START);
    const sizing = { at: START + 1, windowStart: START, windowMs: WINDOW, previous: 0 };
    expect(leases.claimSize('token', { ...sizing, max: 60 })).toBe(2); // room 10, a quarter of it
    expect(leases.claimSize('token', { ...sizing, max: 53 })).toBe(1);
    expect(leases.claimSize('token', { ...sizing, max: 51 })).toBe(1);
    // the previous window weighs as in windowDecision: half of it still inside the sliding window at 30 s
    expect(leases.claimSize('token', { ...sizing, at: START + 30_000, max: 1000, previous: 1800 })).toBe(1);
  });

  test('over the limit every number is refused, so a client hammering on claims runs again (by its rate alone)', () => {
    const leases = new HitLeases();
    leases.claimed('token', { windowStart: START, countAfter: 50, size: 1, at: START });
    leases.take('token', START);
    const sizing = { windowStart: START, windowMs: WINDOW, previous: 0, max: 40 };
    expect(leases.claimSize('token', { ...sizing, at: START + 1 })).toBe(LEASE_MAX);
    expect(leases.claimSize('token', { ...sizing, at: START + 50 })).toBe(2);
    expect(leases.claimSize('token', { ...sizing, at: START + 5_000 })).toBe(1);
    const hammered = simulate({ processes: 1, max: 10, hits: 1000, gapMs: 0.1 });
    expect(hammered.allowed).toBe(10);
    expect(hammered.claims).toBeLessThan(60);
  });

  test('numbers are handed out in order, only within their own window, and a new window starts with one number', () => {
    const leases = new HitLeases();
    expect(leases.take('token', START)).toBeNull();
    leases.claimed('token', { windowStart: START, countAfter: 7, size: 3, at: START });
    expect([leases.take('token', START), leases.take('token', START), leases.take('token', START), leases.take('token', START)]).toEqual([5, 6, 7, null]);
    leases.claimed('token', { windowStart: START, countAfter: 20, size: 4, at: START + 10 });
    expect(leases.take('token', START + WINDOW)).toBeNull();
    expect(leases.take('other', START)).toBeNull();
    expect(leases.take('token', START)).toBe(17);
  });

  test('forgetting: one client, windows before a moment, or all', () => {
    const leases = new HitLeases();
    leases.claimed('a', { windowStart: START, countAfter: 2, size: 2, at: START });
    leases.claimed('b', { windowStart: START + WINDOW, countAfter: 2, size: 2, at: START + WINDOW });
    leases.claimed('c', { windowStart: START + WINDOW, countAfter: 2, size: 2, at: START + WINDOW });
    leases.forget({ before: START + WINDOW });
    expect(leases.take('a', START)).toBeNull();
    expect(leases.take('b', START + WINDOW)).toBe(1);
    leases.forget({ key: 'b' });
    expect(leases.take('b', START + WINDOW)).toBeNull();
    leases.forget('all');
    expect(leases.take('c', START + WINDOW)).toBeNull();
  });
});
