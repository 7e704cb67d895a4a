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
import { column, link, LinkTable, storeLayout, TypeLayout, typeLayout } from './layout';
import { knexSink, openPostgresSink, Row, Sink, SinkTransaction } from './sink';
import { readWorld } from './world';

export const SCALE_MARKER_KEY = 'vitrylo_scale_seed';
const CONTACT_SLOTS = 4;

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
    if (stored) markerText.set(progress, markerText.get(stored)!);
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

// ---- the marker row in strapi_core_store_settings ----

type Store = ReturnType<typeof storeLayout>;

/** The marker text as last read or written by this run: a batch moves it forward only from there. */
const markerText = new WeakMap<ScaleProgress, string>();

async function readMarker(sink: Sink, store: Store): Promise<ScaleProgress | null> {
  const rows = await sink.query(`select "${store.value}" as value from "${store.table}" where "${store.key}" = ?`, [SCALE_MARKER_KEY]);
  if (!rows.length) return null;
  const progress = JSON.parse(rows[0].value) as ScaleProgress;
  markerText.set(progress, rows[0].value);
  return progress;
}

async function insertMarker(tx: SinkTransaction, store: Store, progress: ScaleProgress): Promise<void> {
  const text = JSON.stringify(progress);
  await tx.insert(store.table, [store.key, store.value, store.type], [[SCALE_MARKER_KEY, text, 'object']]);
  markerText.set(progress, text);
}

/**
 * Moves the marker forward in the batch's transaction, on the condition that it still says what this run last
 * saw: a second run started at the same time finds it changed and stops (its batch rolls back) instead of
 * writing the same documents twice.
 */
async function saveMarker(tx: SinkTransaction, store: Store, progress: ScaleProgress): Promise<void> {
  progress.updatedAt = new Date().toISOString();
  const text = JSON.stringify(progress);
  const updated = await tx.query(
    `update "${store.table}" set "${store.value}" = ? where "${store.key}" = ? and "${store.value}" = ? returning "id"`,
    [text, SCALE_MARKER_KEY, markerText.get(progress) ?? ''],
  );
  if (updated.length !== 1) throw new Error('scale seed: another run moved the progress marker meanwhile: stopping');
  markerText.set(progress, text);
}

// ---- ids of rows written (this run or an earlier one), by generator index ----

class IdMap {
  readonly counterparty: Int32Array;
  readonly contact: Int32Array;

  constructor(size: number) {
    this.counterparty = new Int32Array(size);
    this.contact = new Int32Array(size * CONTACT_SLOTS);
  }

  /** Rows an earlier run wrote: found by the documentId prefix and decoded back to their index. */
  async loadMissing(sink: Sink, cpLayout: TypeLayout, contactLayout: TypeLayout, generator: CounterpartyGenerator, total: number): Promise<void> {
    let missing = false;
    for (let i = 0; i < total && !missing; i += 1) if (this.counterparty[i] === 0) missing = true;
    if (!missing) return;
    const documentId = column(cpLayout, 'documentId');
    const cps = await sink.query(`select id, "${documentId}" as d from "${cpLayout.table}" where "${documentId}" like ?`, [`${generator.ids.prefix}%`]);
    for (const row of cps) {
      const index = generator.ids.indexOf(row.d);
      if (index !== null && index < total) this.counterparty[index] = row.id;
    }
    const contactDocumentId = column(contactLayout, 'documentId');
    const contacts = await sink.query(`select id, "${contactDocumentId}" as d from "${contactLayout.table}" where "${contactDocumentId}" like ?`, [
      `${generator.contactIds.prefix}%`,
    ]);
    for (const row of contacts) {
      const at = generator.contactOf(row.d);
      if (at && at.index < total) this.contact[at.index * CONTACT_SLOTS + at.slot] = row.id;
    }
    for (let i = 0; i < total; i += 1) {
      if (this.counterparty[i] === 0) throw new Error(`scale seed: generated counterparty ${i} is missing from the database`);
    }
  }
}

// ---- the order columns of bidirectional relations: max + 1 per target row, as Strapi computes them ----

class InverseOrders {
  private readonly counters = new Map<string, Map<number, number>>();

  constructor(private readonly sink: Sink) {}

  async load(links: LinkTable[]): Promise<void> {
    for (const l of links) {
      if (!l.inverseOrderColumn || this.counters.has(l.table)) continue;
      const rows = await this.sink.query(`select "${l.targetColumn}" as t, max("${l.inverseOrderColumn}") as m from "${l.table}" group by "${l.targetColumn}"`);
      this.counters.set(l.table, new Map(rows.map((r) => [Number(r.t), Number(r.m)])));
    }
  }

  next(l: LinkTable, target: number): number | null {
    if (!l.inverseOrderColumn) return null;
    const counter = this.counters.get(l.table);
    if (!counter) throw new Error(`scale seed: order of ${l.table} not loaded`);
    const value = (counter.get(target) ?? 0) + 1;
    counter.set(target, value);
    return value;
  }
}

/** Rows of one link table, with the inverse order when the relation has one. */
function linkRows(l: LinkTable, pairs: Array<[number, number | null]>, orders: InverseOrders): { columns: string[]; rows: Row[] } {
  const columns = [l.ownColumn, l.targetColumn, ...(l.inverseOrderColumn ? [l.inverseOrderColumn] : [])];
  const rows: Row[] = [];
  for (const [own, target] of pairs) {
    if (target === null || target === 0) continue;
    rows.push(l.inverseOrderColumn ? [own, target, orders.next(l, target)] : [own, target]);
  }
  return { columns, rows };
}

async function writeLinks(tx: SinkTransaction, l: LinkTable, pairs: Array<[number, number | null]>, orders: InverseOrders): Promise<number> {
  const { columns, rows } = linkRows(l, pairs, orders);
  await tx.insert(l.table, columns, rows);
  return rows.length;
}

/** Document rows: documentId, the fields, timestamps as the Document Service sets them, locale null. */
function documentColumns(layout: TypeLayout, fieldNames: string[]): string[] {
  const names = ['id', 'documentId', ...fieldNames, 'createdAt', 'updatedAt', 'publishedAt', 'locale'];
  return names.map((n) => (n === 'id' ? 'id' : column(layout, n)));
}

function documentRow(id: number, documentId: string, fields: Record<string, unknown>, fieldNames: string[], at: Date): Row {
  // draftAndPublish is off: Strapi still stamps publishedAt (the document is live), created = updated.
  return [id, documentId, ...fieldNames.map((n) => storable(fields[n])), at, at, at, null];
}

/** JSON attributes go in as text: jsonb on PostgreSQL parses it, SQLite keeps it as Strapi does. */
function storable(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

async function writeCounterparties(
  tx: SinkTransaction,
  cpLayout: TypeLayout,
  contactLayout: TypeLayout,
  drafts: CounterpartyDraft[],
  ids: IdMap,
  orders: InverseOrders,
): Promise<number> {
  const at = new Date();
  const cpIds = await tx.allocateIds(cpLayout.table, drafts.length);
  drafts.forEach((d, n) => (ids.counterparty[d.index] = cpIds[n]));
  const cpFields = Object.keys(drafts[0].fields);
  await tx.insert(cpLayout.table, documentColumns(cpLayout, cpFields), drafts.map((d, n) => documentRow(cpIds[n], d.documentId, d.fields, cpFields, at)));
  let rows = drafts.length;

  const contacts = drafts.flatMap((d) => d.contacts.map((c) => ({ cp: d, contact: c })));
  const contactIds = await tx.allocateIds(contactLayout.table, contacts.length);
  contacts.forEach(({ cp, contact }, n) => (ids.contact[cp.index * CONTACT_SLOTS + contact.slot] = contactIds[n]));
  const contactFields = Object.keys(contacts[0].contact.fields);
  await tx.insert(
    contactLayout.table,
    documentColumns(contactLayout, contactFields),
    contacts.map(({ contact }, n) => documentRow(contactIds[n], contact.documentId, contact.fields, contactFields, at)),
  );
  rows += contacts.length;
  rows += await writeLinks(tx, link(contactLayout, 'counterparty'), contacts.map(({ cp }, n) => [contactIds[n], ids.counterparty[cp.index]]), orders);

  for (const name of ['manager', 'department', 'industry', 'marketSegment', 'region', 'leadSource'] as const) {
    rows += await writeLinks(tx, link(cpLayout, name), drafts.map((d, n) => [cpIds[n], d.links[name]]), orders);
  }
  rows += await writeComponents(tx, cpLayout, 'address', drafts.map((d, n) => [cpIds[n], [d.address]]));
  rows += await writeComponents(tx, cpLayout, 'bankAccounts', drafts.map((d, n) => [cpIds[n], d.bankAccounts]));
  return rows;
}

/** Component rows and their `*_cmps` rows: order 1..n for a repeatable component, null for a single one. */
async function writeComponents(tx: SinkTransaction, owner: TypeLayout, attribute: string, items: Array<[number, Array<Record<string, unknown>>]>): Promise<number> {
  const layout = owner.components[attribute];
  if (!layout) throw new Error(`scale seed: ${owner.uid}.${attribute} is not a component`);
  const flat = items.flatMap(([entity, values]) => values.map((value, order) => ({ entity, value, order })));
  if (flat.length === 0) return 0;
  const componentIds = await tx.allocateIds(layout.table, flat.length);
  const fields = Object.keys(flat[0].value);
  await tx.insert(layout.table, ['id', ...fields.map((f) => column(layout, f))], flat.map(({ value }, n) => [componentIds[n], ...fields.map((f) => storable(value[f]))]));
  await tx.insert(
    layout.joinTable,
    [layout.entityColumn, layout.componentColumn, layout.typeColumn, layout.fieldColumn, layout.orderColumn],
    flat.map(({ entity, order }, n) => [entity, componentIds[n], layout.uid, layout.field, layout.repeatable ? order + 1 : null]),
  );
  return flat.length * 2;
}

async function writeInteractions(
  tx: SinkTransaction,
  layout: TypeLayout,
  drafts: ReturnType<InteractionGenerator['generate']>[],
  ids: IdMap,
  orders: InverseOrders,
): Promise<number> {
  const at = new Date();
  const own = await tx.allocateIds(layout.table, drafts.length);
  const fields = Object.keys(drafts[0].fields);
  await tx.insert(layout.table, documentColumns(layout, fields), drafts.map((d, n) => documentRow(own[n], d.documentId, d.fields, fields, at)));
  let rows = drafts.length;
  rows += await writeLinks(tx, link(layout, 'counterparty'), drafts.map((d, n) => [own[n], ids.counterparty[d.counterparty]]), orders);
  rows += await writeLinks(
    tx,
    link(layout, 'contactPerson'),
    drafts.map((d, n) => [own[n], d.contactSlot === null ? null : ids.contact[d.counterparty * CONTACT_SLOTS + d.contactSlot] || null]),
    orders,
  );
  rows += await writeLinks(tx, link(layout, 'employee'), drafts.map((d, n) => [own[n], d.links.employee]), orders);
  rows += await writeLinks(tx, link(layout, 'stage'), drafts.map((d, n) => [own[n], d.links.stage]), orders);
  rows += await writeLinks(tx, link(layout, 'businessLine'), drafts.map((d, n) => [own[n], d.links.businessLine]), orders);
  return rows;
}

// ---- progress on the console ----

class Meter {
  private label = '';
  private from = 0;
  private target = 0;
  private startedAt = 0;
  private lastLog = 0;
  private rows = 0;
  private at = 0;

  constructor(private readonly log: (message: string) => void) {}

  start(label: string, from: number, target: number): void {
    Object.assign(this, { label, from, target, startedAt: Date.now(), lastLog: 0, rows: 0, at: from });
  }

  tick(at: number, rows: number): void {
    this.at = at;
    this.rows += rows;
    if (Date.now() - this.lastLog >= 2000) {
      this.lastLog = Date.now();
      this.log(this.line());
    }
  }

  finish(): void {
    this.log(`${this.line()} done`);
  }

  private line(): string {
    const seconds = Math.max(0.001, (Date.now() - this.startedAt) / 1000);
    const docs = this.at - this.from;
    const share = this.target ? ((100 * this.at) / this.target).toFixed(1) : '100';
    return `scale seed: ${this.label} ${this.at}/${this.target} (${share}%), ${Math.round(docs / seconds)} documents/s, ${Math.round(this.rows / seconds)} rows/s, ${seconds.toFixed(1)} s`;
  }
}
