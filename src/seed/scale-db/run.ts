import { fillAccessColumns } from '../../database/fill-access-columns';
import { fillSearchText } from '../../search';
import type { Core } from '@strapi/strapi';
import { businessTime } from '../../time/business-time';
import {
  batches,
  CounterpartyDraft,
  CounterpartyGenerator,
  CounterpartyTable,
  InteractionGenerator,
  MAX_SCALE_COUNTERPARTIES,
  planRun,
  ScaleProgress,
  ScaleTargets,
} from '../scale';
import { IdMap } from './ids';
import { link, storeLayout, typeLayout } from './layout';
import { continueMarker, insertMarker, readMarker, saveMarker } from './marker';
import { Meter } from './meter';
import { InverseOrders } from './rows';
import { knexSink, openPostgresSink, Sink } from './sink';
import { readWorld } from './world';
import { writeCounterparties } from './write-counterparties';
import { writeInteractions } from './write-interactions';

export { SCALE_MARKER_KEY } from './marker';

export interface ScaleSeedOptions {
  targets: ScaleTargets;
  seed?: string;
  /** Counterparties per transaction (interactions take 2.5 times as many). */
  batchSize?: number;
  log?: (message: string) => void;
}

export interface ScaleSeedResult {
  written: ScaleTargets;
  progress: ScaleProgress;
  seconds: number;
}

/**
 * Writes generated counterparties (with address, bank accounts and contact persons) and interactions straight
 * into the tables, as the Document Service would have stored them, in one transaction per batch that also
 * moves the marker forward: an interrupted run continues where it stopped, a repeated one adds nothing.
 */
export async function runScaleSeed(strapi: Core.Strapi, options: ScaleSeedOptions): Promise<ScaleSeedResult> {
  const log = options.log ?? (() => undefined);
  if (options.targets.counterparties > MAX_SCALE_COUNTERPARTIES) {
    throw new Error(`scale seed: at most ${MAX_SCALE_COUNTERPARTIES} counterparties (their ЄДРПОУ range is that wide)`);
  }
  const started = Date.now();
  const sink = await openSink(strapi);
  try {
    if (!sink.foreignKeysChecked) log('scale seed: foreign-key triggers off for this session (superuser): the ids written are checked by construction');
    const store = storeLayout(strapi);
    const stored = await readMarker(sink, store);
    const progress = planRun(stored, options.targets, options.seed ?? 'vitrylo', new Date());
    if (stored) continueMarker(progress, stored);
    if (stored && options.seed && options.seed !== stored.seed) log(`scale seed: continuing with the stored seed "${stored.seed}"`);
    if (progress.targets.interactions > 0 && progress.targets.counterparties === 0) throw new Error('scale seed: interactions need counterparties');
    if (!stored) await sink.transaction((tx) => insertMarker(tx, store, progress));

    const world = await readWorld(strapi, progress.seed, new Date(progress.now), businessTime(strapi).timeZone);
    const layouts = {
      counterparty: typeLayout(strapi, 'api::counterparty.counterparty'),
      contact: typeLayout(strapi, 'api::contact-person.contact-person'),
      interaction: typeLayout(strapi, 'api::interaction.interaction'),
    };
    const counterparties = new CounterpartyGenerator(world);
    const ids = new IdMap(progress.targets.counterparties);
    const orders = new InverseOrders(sink);
    const size = options.batchSize ?? (sink.dialect === 'postgres' ? 2000 : 500);
    const before = { ...progress.done };
    const meter = new Meter(log);

    if (progress.done.counterparties < progress.targets.counterparties) {
      await orders.load([link(layouts.counterparty, 'manager'), link(layouts.contact, 'counterparty')]);
      meter.start('counterparties', progress.done.counterparties, progress.targets.counterparties);
      for (const [from, to] of batches(progress.done.counterparties, progress.targets.counterparties, size)) {
        const drafts: CounterpartyDraft[] = [];
        for (let i = from; i < to; i += 1) drafts.push(counterparties.generate(i));
        const rows = await sink.transaction(async (tx) => {
          const written = await writeCounterparties(tx, layouts.counterparty, layouts.contact, drafts, ids, orders);
          progress.done.counterparties = to;
          await saveMarker(tx, store, progress);
          return written;
        });
        meter.tick(to, rows);
      }
      meter.finish();
    }

    if (progress.done.interactions < progress.targets.interactions) {
      const total = progress.done.counterparties;
      await ids.loadMissing(sink, layouts.counterparty, layouts.contact, counterparties, total);
      await orders.load([link(layouts.interaction, 'counterparty'), link(layouts.interaction, 'employee')]);
      log(`scale seed: spreading interactions over ${total} counterparties...`);
      const table = new CounterpartyTable(counterparties.traits, total);
      const interactions = new InteractionGenerator(world, counterparties, table);
      meter.start('interactions', progress.done.interactions, progress.targets.interactions);
      for (const [from, to] of batches(progress.done.interactions, progress.targets.interactions, Math.round(size * 2.5))) {
        const drafts = [];
        for (let j = from; j < to; j += 1) drafts.push(interactions.generate(j));
        const rows = await sink.transaction(async (tx) => {
          const written = await writeInteractions(tx, layouts.interaction, drafts, ids, orders);
          progress.done.interactions = to;
          await saveMarker(tx, store, progress);
          return written;
        });
        meter.tick(to, rows);
      }
      meter.finish();
    }

    const written = {
      counterparties: progress.done.counterparties - before.counterparties,
      interactions: progress.done.interactions - before.interactions,
    };
    // Written past the Document Service: the derived access and search columns are filled here, all at once.
    if (written.counterparties + written.interactions > 0) {
      log('scale seed: filling the access and search columns');
      await fillAccessColumns(strapi, { force: true });
      await fillSearchText(strapi, { force: true });
    }
    return {
      written,
      progress,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await sink.close();
  }
}

async function openSink(strapi: Core.Strapi): Promise<Sink> {
  const client = strapi.db.dialect.client;
  if (client === 'postgres') return openPostgresSink(strapi.config.get('database.connection.connection') as Record<string, any>);
  if (client === 'sqlite') return knexSink(strapi.db.connection, 'sqlite');
  throw new Error(`scale seed: the ${client} database is not supported (PostgreSQL or SQLite)`);
}
