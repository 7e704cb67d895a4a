/**
 * A capped count that reached its cap is remembered for a while. Past the cap a list says only "понад
 * 10 000", and that stays true while the rows behind it change: a new record does not make it false, and
 * only thousands of deletions could. Counting it again costs reading cap + 1 index entries or rows, the
 * dearest part of a big list's page; the person paging through it, sorting it or coming back to it asks
 * the same count each time. So a count that came out over the cap is answered from memory until it expires;
 * a count under the cap is never remembered: it stays exact on every page.
 *
 * Per process; a key is the count's query as sent to the database (its SQL and values, so the caller's
 * visibility and filters are in it).
 */
export class OverCapMemo {
  private readonly expiry = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxKeys = 2_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether this count came out over its cap lately. */
  isOverCap(key: string): boolean {
    const until = this.expiry.get(key);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.expiry.delete(key);
    return false;
  }

  /** Remember that this count came out over its cap. */
  rememberOverCap(key: string): void {
    this.expiry.delete(key);
    // the oldest key goes first (a Map keeps insertion order): memory stays bounded whatever people filter by
    while (this.expiry.size >= this.maxKeys) this.expiry.delete(this.expiry.keys().next().value as string);
    this.expiry.set(key, this.now() + this.ttlMs);
  }

  get size(): number {
    return this.expiry.size;
  }
}
