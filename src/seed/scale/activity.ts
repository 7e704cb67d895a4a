import type { Rng } from '../random';
import { COUNTERPARTY_KINDS, CounterpartyTraits, ScaleCounterpartyKind, TraitsGenerator } from './traits';

/**
 * The traits of all N counterparties in typed arrays (a few bytes each: a million fit in ~15 MB) and the
 * cumulative activity, so an interaction picks its counterparty with one binary search: most counterparties
 * get a handful of interactions, a few get thousands.
 */
export class CounterpartyTable {
  readonly size: number;
  private readonly kind: Uint8Array;
  private readonly team: Uint8Array;
  private readonly manager: Uint8Array;
  private readonly contacts: Uint8Array;
  private readonly line: Uint8Array;
  private readonly cumulative: Float64Array;

  constructor(traits: TraitsGenerator, size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('CounterpartyTable: at least one counterparty');
    this.size = size;
    this.kind = new Uint8Array(size);
    this.team = new Uint8Array(size);
    this.manager = new Uint8Array(size);
    this.contacts = new Uint8Array(size);
    this.line = new Uint8Array(size);
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let i = 0; i < size; i += 1) {
      const t = traits.of(i);
      this.kind[i] = COUNTERPARTY_KINDS.indexOf(t.kind);
      this.team[i] = t.team;
      this.manager[i] = t.manager;
      this.contacts[i] = t.contactCount;
      this.line[i] = t.mainLine;
      total += t.activity;
      this.cumulative[i] = total;
    }
  }

  /** The counterparty whose share of the total activity holds `u` in [0, 1). */
  pick(u: number): number {
    const target = u * this.cumulative[this.size - 1];
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /**
   * A counterparty of one of `kinds`, by activity: up to `tries` draws, then null (an invoice goes to a client,
   * not to a competitor, however busy its chronicle).
   */
  pickOf(rng: Rng, kinds: ReadonlySet<ScaleCounterpartyKind>, tries = 12): number | null {
    for (let n = 0; n < tries; n += 1) {
      const i = this.pick(rng.float());
      if (kinds.has(COUNTERPARTY_KINDS[this.kind[i]])) return i;
    }
    return null;
  }

  /** Expected share of all interactions that counterparty i gets. */
  share(i: number): number {
    const before = i === 0 ? 0 : this.cumulative[i - 1];
    return (this.cumulative[i] - before) / this.cumulative[this.size - 1];
  }

  traits(i: number): Pick<CounterpartyTraits, 'kind' | 'team' | 'manager' | 'contactCount' | 'mainLine'> {
    return {
      kind: COUNTERPARTY_KINDS[this.kind[i]] as ScaleCounterpartyKind,
      team: this.team[i],
      manager: this.manager[i],
      contactCount: this.contacts[i],
      mainLine: this.line[i],
    };
  }
}
