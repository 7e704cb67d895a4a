import type { Core } from '@strapi/strapi';
import { BatchContext, runBatch } from './batch';
import { waitForIdleDatabase } from './settle';
import { seedShared } from './shared';
import { localDateOf } from '../domain/time';
import { businessTime } from '../time/business-time';
import { Writer } from './writer';

export interface SeedDemoOptions {
  /**
   * Number of demo batches the database should hold (each about 220 counterparties and 2,000+ interactions).
   * Default 1; 0 is the company alone (staff, reference lists, products, routing rules), for the bulk generator.
   */
  scale?: number;
  log?: (msg: string) => void;
  /** The instant history is generated back from (default: now). Tests pass a fixed one. */
  now?: Date;
  /** The zone wall-clock times of the demo are read in (default: the business time zone). */
  timeZone?: string;
}

export interface SeedDemoResult {
  /** Documents created in this run, by content type (e.g. { counterparty: 220, interaction: 2231 }). */
  created: Record<string, number>;
  /** True when the database already held everything asked for and nothing was created. */
  skipped: boolean;
}

/** Where the finished batch numbers are kept (core store key "plugin_vitrylo_demo-batches"). */
export const DEMO_STORE = { type: 'plugin', name: 'vitrylo' } as const;
export const DEMO_STORE_KEY = 'demo-batches';
export const MAX_SCALE = 299;

interface BatchState {
  batches: number[];
  updatedAt?: string;
}

export async function readDemoBatches(strapi: Core.Strapi): Promise<number[]> {
  const value = (await strapi.store(DEMO_STORE).get({ key: DEMO_STORE_KEY })) as BatchState | null;
  return Array.isArray(value?.batches) ? value!.batches.filter((n) => Number.isInteger(n)) : [];
}

/**
 * Seeds the Vitrylo demo: shared data (reference lists, the Вітрило Трейд staff, products, routing rules, materials,
 * segments) found-or-created by natural key, then batches 1..scale of generated business history. Each batch has its
 * own seeded random generator, runs in one database transaction and is recorded in the core store when it commits,
 * so running again adds nothing and a larger scale adds only the missing batches.
 */
export async function seedDemo(strapi: Core.Strapi, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const scale = Math.floor(options.scale ?? 1);
  if (!Number.isFinite(scale) || scale < 0 || scale > MAX_SCALE) {
    throw new RangeError(`seedDemo: scale must be an integer from 0 to ${MAX_SCALE}`);
  }
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? businessTime(strapi).timeZone;
  const today = localDateOf(now, timeZone);
  const w = new Writer(strapi);

  const t0 = Date.now();
  const shared = await strapi.db.transaction(async () => seedShared(w));
  if (w.total() > 0) {
    await waitForIdleDatabase(strapi);
    log(`demo: shared data created in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  const done = new Set(await readDemoBatches(strapi));
  for (let batch = 1; batch <= scale; batch += 1) {
    if (done.has(batch)) continue;
    const started = Date.now();
    const before = w.total();
    log(`demo: batch ${batch} of ${scale}...`);
    await strapi.db.transaction(async () => {
      const ctx = new BatchContext(batch, shared, w, today, now, log, timeZone);
      await runBatch(ctx);
      const batches = [...done, batch].sort((a, b) => a - b);
      await strapi.store(DEMO_STORE).set({ key: DEMO_STORE_KEY, value: { batches, updatedAt: new Date().toISOString() } });
    });
    done.add(batch);
    const committed = Date.now();
    log(`demo: batch ${batch} committed: ${w.total() - before} documents in ${((committed - started) / 1000).toFixed(1)} s`);
    await waitForIdleDatabase(strapi);
    log(`demo: batch ${batch} entry events settled in ${((Date.now() - committed) / 1000).toFixed(1)} s`);
  }

  return { created: { ...w.created }, skipped: w.total() === 0 };
}
