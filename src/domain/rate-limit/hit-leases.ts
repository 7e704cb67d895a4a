/**
 * Hits claimed ahead from the shared count. A process that counts every hit with its own write to the shared
 * store makes a busy client's hits queue on one row: at a thousand caller-ID lookups a second from one token
 * that write cost the lookup a sixth of its server time and a third of its p95. Instead a process claims a run of the window's hit numbers with one write
 * (`hits = hits + n`) and hands them out as its hits come; each hit is then decided by its own number exactly
 * as if it had been counted alone (windowDecision), so a client never gets more than the limit.
 *
 * What a claim costs in accuracy: numbers a process claimed and has not used yet count for the other
 * processes as hits made, so they may refuse a client a little early (never late), and numbers unused when the
 * window ends are lost. Both are bounded by the claim's size, which is therefore kept small: one number while
 * hits come slowly (every hit is then one write, as before), more only for a client whose hits come faster
 * than a claim takes, never more than LEASE_MAX and never more than a quarter of the room left under the limit.
 * Once a client is over the limit its numbers are all refused, so they are claimed by rate alone: numbers left
 * unused then only keep it refused a little longer.
 */

/** The most hit numbers one claim takes. */
export const LEASE_MAX = 64;
/** A claim is sized to last about this long at the rate its client's previous claim was used up. */
export const LEASE_SPAN_MS = 100;
/** One claim takes at most this share of the hits still left under the limit. */
const ROOM_SHARE = 1 / 4;

export interface HitLease {
  /** the fixed window the numbers belong to */
  windowStart: number;
  /** the first number of the claim, the next one to hand out, and the last */
  first: number;
  next: number;
  last: number;
  claimedAt: number;
}

export interface ClaimSizing {
  at: number;
  windowStart: number;
  windowMs: number;
  max: number;
  /** hits of the previous fixed window (they weigh as in windowDecision) */
  previous: number;
}

/** The leases of one limiter in one process, by client key. */
export class HitLeases {
  private readonly leases = new Map<string, HitLease>();

  /** The next claimed hit number of this client in this window, or null when a claim is needed. */
  take(key: string, windowStart: number): number | null {
    const lease = this.leases.get(key);
    if (!lease || lease.windowStart !== windowStart || lease.next > lease.last) return null;
    const number = lease.next;
    lease.next += 1;
    return number;
  }

  /** How many numbers the next claim of this client takes. */
  claimSize(key: string, { at, windowStart, windowMs, max, previous }: ClaimSizing): number {
    const lease = this.leases.get(key);
    let size = 1;
    if (lease) {
      const used = lease.next - lease.first;
      const elapsed = Math.max(1, at - lease.claimedAt);
      size = Math.ceil((used * LEASE_SPAN_MS) / elapsed);
    }
    const counted = lease && lease.windowStart === windowStart ? lease.last : 0;
    const estimate = previous * (1 - (at - windowStart) / windowMs) + counted;
    // over the limit every number is refused anyway: a client hammering on costs a write per run, not per hit
    const room = estimate >= max ? LEASE_MAX : Math.floor((max - estimate) * ROOM_SHARE);
    return Math.max(1, Math.min(size, LEASE_MAX, room));
  }

  /** A claim answered: the shared count is `countAfter` once this claim's `size` numbers were added. */
  claimed(key: string, { windowStart, countAfter, size, at }: { windowStart: number; countAfter: number; size: number; at: number }): void {
    const first = countAfter - size + 1;
    this.leases.set(key, { windowStart, first, next: first, last: countAfter, claimedAt: at });
  }

  /** Drops the leases of windows before `windowStart`, or of one client, or all (tests). */
  forget(filter: { key: string } | { before: number } | 'all'): void {
    if (filter === 'all') this.leases.clear();
    else if ('key' in filter) this.leases.delete(filter.key);
    else for (const [key, lease] of this.leases) if (lease.windowStart < filter.before) this.leases.delete(key);
  }
}
