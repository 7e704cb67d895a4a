/**
 * A small seeded pseudo-random generator (mulberry32) for reproducible demo data:
 * the same seed gives the same sequence on every machine.
 */

/** 32-bit hash of a string (FNV-1a), to turn names like "batch:3:interactions" into seeds. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number | string) {
    this.next = mulberry32(typeof seed === 'string' ? hashSeed(seed) : seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max) rounded to `decimals`. */
  real(min: number, max: number, decimals = 2): number {
    const f = 10 ** decimals;
    return Math.round((min + this.next() * (max - min)) * f) / f;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick: empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks from [value, weight] pairs. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    return items[items.length - 1][0];
  }

  /** Picks an object by its numeric `weight` property (1 when absent). */
  pickWeighted<T extends { weight?: number }>(items: readonly T[]): T {
    return this.weighted(items.map((item) => [item, item.weight ?? 1] as const));
  }

  /** n distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, n));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** A string of n random digits. */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i += 1) s += String(Math.floor(this.next() * 10));
    return s;
  }

  /** A Date uniformly between two instants. */
  dateBetween(from: Date | number, to: Date | number): Date {
    const a = typeof from === 'number' ? from : from.getTime();
    const b = typeof to === 'number' ? to : to.getTime();
    return new Date(a + Math.floor(this.next() * (b - a)));
  }

  /** A child generator with its own stream, so adding draws in one part does not shift another. */
  fork(label: string): Rng {
    return new Rng(hashSeed(`${label}:${Math.floor(this.next() * 4294967296)}`));
  }
}

/** The generator of one demo batch and one part of it, e.g. rngFor(3, 'invoices'). */
export function rngFor(batch: number, part: string): Rng {
  return new Rng(hashSeed(`vitrylo-demo:${batch}:${part}`));
}
