import type { Core } from '@strapi/strapi';
import { businessTime } from '../../time/business-time';
import {
  batches,
  CounterpartyGenerator,
  CounterpartyTable,
  InteractionGenerator,
  InvoiceGenerator,
  MAX_SCALE_COUNTERPARTIES,
  planRun,
  RequestGenerator,
  ScaleDone,
  ScaleProgress,
  ScaleTargets,
  ScheduleGenerator,
  withDefaults,
} from '../scale';
import { DerivedColumns } from './derived';
import { IdMap } from './ids';
import { storeLayout, TypeLayout, typeLayout } from './layout';
import { continueMarker, insertMarker, readMarker, saveMarker, Store } from './marker';
import { Meter } from './meter';
import { InverseOrders, WriteContext } from './rows';
import { knexSink, openPostgresSink, Sink, SinkTransaction } from './sink';
import { readWorld } from './world';
import { writeCounterparties } from './write-counterparties';
import { writeInteractions } from './write-interactions';
import { writeInvoices } from './write-invoices';
import { writeRequests } from './write-requests';
import { writeScheduleEntries } from './write-schedule';

export { SCALE_MARKER_KEY } from './marker';

export interface ScaleSeedOptions {
  /** Counts to reach; the kinds left out follow the counterparties in their usual proportion (see withDefaults). */
  targets: Partial<ScaleTargets> & Pick<ScaleTargets, 'counterparties' | 'interactions'>;
  seed?: string;
  /** Counterparties per transaction (the smaller rows of the other kinds go 2.5 times as many). */
  batchSize?: number;
  log?: (message: string) => void;
}

export interface ScaleSeedResult {
  written: ScaleDone;
  progress: ScaleProgress;
  seconds: number;
  /** Seconds spent on each kind of row this run wrote (payments go with their invoices), and on the statistics. */
  timings: Partial<Record<keyof ScaleTargets | 'analyze', number>>;
}

const UIDS = {
  counterparty: 'api::counterparty.counterparty',
  contact: 'api::contact-person.contact-person',
  interaction: 'api::interaction.interaction',
  invoice: 'api::invoice.invoice',
  payment: 'api::payment.payment',
  request: 'api::inbound-request.inbound-request',
  schedule: 'api::schedule-entry.schedule-entry',
} as const;

/** One kind of row: how to make row i and how to write a batch of them (answering the rows written). */
interface Phase<D> {
  kind: keyof ScaleTargets;
  label: string;
  batchSize: number;
  generate(index: number): D;
  write(tx: SinkTransaction, drafts: D[]): Promise<number>;
}

/**
 * Writes generated counterparties (with address, bank accounts and contact persons), interactions, invoices
 * (with lines and payments), inbound requests and schedule entries straight into the tables, as the Document
 * Service would have stored them (the derived access and search columns included), in one transaction per batch that also moves the marker forward: an
 * interrupted run continues where it stopped, a repeated one adds nothing.
 */
export async function runScaleSeed(strapi: Core.Strapi, options: ScaleSeedOptions): Promise<ScaleSeedResult> {
  const log = options.log ?? (() => undefined);
  const asked = withDefaults(options.targets);
  if (asked.counterparties > MAX_SCALE_COUNTERPARTIES) {
    throw new Error(`scale seed: at most ${MAX_SCALE_COUNTERPARTIES} counterparties (their ЄДРПОУ range is that wide)`);
  }
  const started = Date.now();
  const sink = await openSink(strapi);
  try {
    if (!sink.foreignKeysChecked) log('scale seed: foreign-key triggers off for this session (superuser): the ids written are checked by construction');
    const store = storeLayout(strapi);
    const stored = await readMarker(sink, store);
    const progress = planRun(stored, asked, options.seed ?? 'vitrylo', new Date());
    if (stored) continueMarker(progress, stored);
    if (stored && options.seed && options.seed !== stored.seed) log(`scale seed: continuing with the stored seed "${stored.seed}"`);
    const { targets } = progress;
    if (targets.counterparties === 0 && targets.interactions + targets.invoices + targets.requests > 0) {
      throw new Error('scale seed: interactions, invoices and requests need counterparties');
    }
    if (!stored) await sink.transaction((tx) => insertMarker(tx, store, progress));

    const world = await readWorld(strapi, progress.seed, new Date(progress.now), businessTime(strapi).timeZone);
    const layouts = Object.fromEntries(Object.entries(UIDS).map(([name, uid]) => [name, typeLayout(strapi, uid)])) as Record<keyof typeof UIDS, TypeLayout>;
    const counterparties = new CounterpartyGenerator(world);
    const ids = new IdMap(targets.counterparties);
    const size = options.batchSize ?? (sink.dialect === 'postgres' ? 2000 : 500);
    const many = Math.round(size * 2.5);
    const before = { ...progress.done };
    const timings: ScaleSeedResult['timings'] = {};
    const run = { sink, store, progress, meter: new Meter(log), timings };
    const context: WriteContext = { orders: new InverseOrders(), derived: await DerivedColumns.read(strapi, sink) };

    await runPhase(run, {
      kind: 'counterparties',
      label: 'counterparties',
      batchSize: size,
      generate: (i) => counterparties.generate(i),
      write: (tx, drafts) => writeCounterparties(tx, layouts.counterparty, layouts.contact, drafts, ids, context),
    });

    // Every later kind links to the counterparties: their ids (an earlier run's too) and their activity.
    let table: CounterpartyTable | null = null;
    const pending = (['interactions', 'invoices', 'requests', 'scheduleEntries'] as const).some((k) => progress.done[k] < targets[k]);
    if (pending && progress.done.counterparties > 0) {
      await ids.loadMissing(sink, layouts.counterparty, layouts.contact, counterparties, progress.done.counterparties);
      log(`scale seed: spreading the rows over ${progress.done.counterparties} counterparties...`);
      table = new CounterpartyTable(counterparties.traits, progress.done.counterparties);
    }

    if (table) {
      const interactions = new InteractionGenerator(world, counterparties, table);
      await runPhase(run, {
        kind: 'interactions',
        label: 'interactions',
        batchSize: many,
        generate: (j) => interactions.generate(j),
        write: (tx, drafts) => writeInteractions(tx, layouts.interaction, drafts, ids, context),
      });
      const invoices = new InvoiceGenerator(world, counterparties, table);
      await runPhase(run, {
        kind: 'invoices',
        label: 'invoices with payments',
        batchSize: size,
        generate: (k) => invoices.generate(k),
        write: async (tx, drafts) => {
          const written = await writeInvoices(tx, { invoice: layouts.invoice, payment: layouts.payment }, drafts, ids, context);
          progress.done.payments += written.payments;
          return written.rows;
        },
      });
      const requests = new RequestGenerator(world, counterparties, table);
      await runPhase(run, {
        kind: 'requests',
        label: 'inbound requests',
        batchSize: many,
        generate: (r) => requests.generate(r),
        write: (tx, drafts) => writeRequests(tx, layouts.request, drafts, ids, context),
      });
    }
    const schedule = new ScheduleGenerator(world, counterparties, table);
    await runPhase(run, {
      kind: 'scheduleEntries',
      label: 'schedule entries',
      batchSize: many,
      generate: (e) => schedule.generate(e),
      write: (tx, drafts) => writeScheduleEntries(tx, layouts.schedule, drafts, ids, context),
    });

    const written = Object.fromEntries(Object.entries(progress.done).map(([k, v]) => [k, v - before[k as keyof ScaleDone]])) as unknown as ScaleDone;
    // Each row was written with its access and search columns (derived.ts): only the planner's statistics and
    // the visibility map are left, for the tables grew by millions since autovacuum (off, or not yet round) looked.
    if (Object.values(written).some((n) => n > 0)) {
      log('scale seed: vacuuming and refreshing the statistics');
      const at = Date.now();
      await sink.analyze();
      timings.analyze = (Date.now() - at) / 1000;
    }
    return { written, progress, seconds: (Date.now() - started) / 1000, timings };
  } finally {
    await sink.close();
  }
}

interface Run {
  sink: Sink;
  store: Store;
  progress: ScaleProgress;
  meter: Meter;
  timings: ScaleSeedResult['timings'];
}

/** Writes rows done..target of one kind, a batch per transaction, each moving the marker forward with it. */
async function runPhase<D>(run: Run, phase: Phase<D>): Promise<void> {
  const { progress, meter } = run;
  const from = progress.done[phase.kind];
  const to = progress.targets[phase.kind];
  if (from >= to) return;
  meter.start(phase.label, from, to);
  for (const [start, end] of batches(from, to, phase.batchSize)) {
    const drafts: D[] = [];
    for (let i = start; i < end; i += 1) drafts.push(phase.generate(i));
    const rows = await run.sink.transaction(async (tx) => {
      const written = await phase.write(tx, drafts);
      progress.done[phase.kind] = end;
      await saveMarker(tx, run.store, progress);
      return written;
    });
    meter.tick(end, rows);
  }
  run.timings[phase.kind] = meter.finish();
}

async function openSink(strapi: Core.Strapi): Promise<Sink> {
  const client = strapi.db.dialect.client;
  if (client === 'postgres') return openPostgresSink(strapi.config.get('database.connection.connection') as Record<string, any>);
  if (client === 'sqlite') return knexSink(strapi.db.connection, 'sqlite');
  throw new Error(`scale seed: the ${client} database is not supported (PostgreSQL or SQLite)`);
}
