/**
 * How far a bulk seed has got, as kept in the marker row: the targets asked for, the rows written, and the seed
 * and clock that make the rows reproducible. A run continues from `done` up to the targets and never goes back.
 */
export interface ScaleTargets {
  counterparties: number;
  interactions: number;
}

export interface ScaleProgress {
  version: 1;
  seed: string;
  /** ISO instant: "now" of the first run. */
  now: string;
  targets: ScaleTargets;
  done: ScaleTargets;
  updatedAt: string;
}

export const DEFAULT_TARGETS: ScaleTargets = { counterparties: 1_000_000, interactions: 10_000_000 };

/** The progress a run starts from: the stored one with the targets raised to what is asked now (never lowered). */
export function planRun(stored: ScaleProgress | null, asked: ScaleTargets, seed: string, now: Date): ScaleProgress {
  if (!stored) {
    return { version: 1, seed, now: now.toISOString(), targets: { ...asked }, done: { counterparties: 0, interactions: 0 }, updatedAt: now.toISOString() };
  }
  return {
    ...stored,
    targets: {
      counterparties: Math.max(stored.targets.counterparties, asked.counterparties),
      interactions: Math.max(stored.targets.interactions, asked.interactions),
    },
  };
}

/** Index ranges [from, to) cut into batches. */
export function* batches(from: number, to: number, size: number): Generator<[number, number]> {
  if (!(size >= 1)) throw new RangeError('batches: size must be at least 1');
  for (let start = from; start < to; start += size) yield [start, Math.min(to, start + size)];
}

/** Reads `--name value` pairs: whole numbers of at least 0, with `_` or `,` allowed as digit groups. */
export function parseScaleArguments(args: readonly string[]): { targets: ScaleTargets; seed: string; batchSize: number | null } {
  const read = (name: string): number | null => {
    const at = args.indexOf(name);
    if (at === -1) return null;
    const text = String(args[at + 1] ?? '').replace(/[_,]/g, '');
    const value = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw new Error(`${name} needs a whole number`);
    return value;
  };
  const seedAt = args.indexOf('--seed');
  return {
    targets: {
      counterparties: read('--counterparties') ?? DEFAULT_TARGETS.counterparties,
      interactions: read('--interactions') ?? DEFAULT_TARGETS.interactions,
    },
    seed: seedAt === -1 ? 'vitrylo' : String(args[seedAt + 1] ?? 'vitrylo'),
    batchSize: read('--batch'),
  };
}
