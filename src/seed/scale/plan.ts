import { DEMO_EMPLOYEES } from '../demo-company';

/**
 * How far a bulk seed has got, as kept in the marker row: the targets asked for, the rows written, and the seed
 * and clock that make the rows reproducible. A run continues from `done` up to the targets and never goes back.
 */
export interface ScaleTargets {
  counterparties: number;
  interactions: number;
  invoices: number;
  requests: number;
  scheduleEntries: number;
}

/** The rows written: every kind with a target, plus the payments, which are written with their invoices. */
export interface ScaleDone extends ScaleTargets {
  payments: number;
}

export interface ScaleProgress {
  version: 1;
  seed: string;
  /** ISO instant: "now" of the first run. */
  now: string;
  targets: ScaleTargets;
  done: ScaleDone;
  updatedAt: string;
}

/** Schedule entries per employee by default: a year of them, about four working days in five. */
export const SCHEDULE_ENTRIES_PER_EMPLOYEE = 200;

export const DEFAULT_TARGETS: ScaleTargets = withDefaults({ counterparties: 1_000_000, interactions: 10_000_000 });

const NOTHING_DONE: ScaleDone = { counterparties: 0, interactions: 0, invoices: 0, requests: 0, scheduleEntries: 0, payments: 0 };

/**
 * The targets with the kinds not asked for in their usual proportion: two invoices per counterparty, a
 * request per two counterparties, 200 schedule entries per demo employee.
 */
export function withDefaults(asked: Partial<ScaleTargets> & Pick<ScaleTargets, 'counterparties' | 'interactions'>): ScaleTargets {
  return {
    counterparties: asked.counterparties,
    interactions: asked.interactions,
    invoices: asked.invoices ?? asked.counterparties * 2,
    requests: asked.requests ?? Math.floor(asked.counterparties / 2),
    scheduleEntries: asked.scheduleEntries ?? SCHEDULE_ENTRIES_PER_EMPLOYEE * DEMO_EMPLOYEES.length,
  };
}

const TARGET_KINDS: ReadonlyArray<keyof ScaleTargets> = ['counterparties', 'interactions', 'invoices', 'requests', 'scheduleEntries'];

/**
 * The progress a run starts from: the stored one with the targets raised to what is asked now (never lowered).
 * A marker of a version that knew fewer kinds of rows has none of the newer ones done.
 */
export function planRun(stored: ScaleProgress | null, asked: ScaleTargets, seed: string, now: Date): ScaleProgress {
  if (!stored) {
    return { version: 1, seed, now: now.toISOString(), targets: { ...asked }, done: { ...NOTHING_DONE }, updatedAt: now.toISOString() };
  }
  const targets = { ...asked };
  for (const kind of TARGET_KINDS) targets[kind] = Math.max(stored.targets[kind] ?? 0, asked[kind]);
  return { ...stored, targets, done: { ...NOTHING_DONE, ...stored.done } };
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
    targets: withDefaults({
      counterparties: read('--counterparties') ?? DEFAULT_TARGETS.counterparties,
      interactions: read('--interactions') ?? DEFAULT_TARGETS.interactions,
      invoices: read('--invoices') ?? undefined,
      requests: read('--requests') ?? undefined,
      scheduleEntries: read('--schedule-entries') ?? undefined,
    }),
    seed: seedAt === -1 ? 'vitrylo' : String(args[seedAt + 1] ?? 'vitrylo'),
    batchSize: read('--batch'),
  };
}
