import type { ScaleProgress } from '../scale';
import { storeLayout } from './layout';
import type { Sink, SinkTransaction } from './sink';

/** The progress marker: one row of strapi_core_store_settings, moved forward in each batch's transaction. */
export const SCALE_MARKER_KEY = 'vitrylo_scale_seed';

export type Store = ReturnType<typeof storeLayout>;

/** The marker text as last read or written by this run: a batch moves it forward only from there. */
const markerText = new WeakMap<ScaleProgress, string>();

/** The marker as stored (an older version's may lack the newer kinds of rows: planRun fills them in). */
export async function readMarker(sink: Sink, store: Store): Promise<ScaleProgress | null> {
  const rows = await sink.query(`select "${store.value}" as value from "${store.table}" where "${store.key}" = ?`, [SCALE_MARKER_KEY]);
  if (!rows.length) return null;
  const progress = JSON.parse(rows[0].value) as ScaleProgress;
  markerText.set(progress, rows[0].value);
  return progress;
}

/** `progress` continues `stored`: its batches expect the marker to hold the text `stored` was read from. */
export function continueMarker(progress: ScaleProgress, stored: ScaleProgress): void {
  markerText.set(progress, markerText.get(stored)!);
}

export async function insertMarker(tx: SinkTransaction, store: Store, progress: ScaleProgress): Promise<void> {
  const text = JSON.stringify(progress);
  await tx.insert(store.table, [store.key, store.value, store.type], [[SCALE_MARKER_KEY, text, 'object']]);
  markerText.set(progress, text);
}

/**
 * Moves the marker forward in the batch's transaction, on the condition that it still says what this run last
 * saw: a second run started at the same time finds it changed and stops (its batch rolls back) instead of
 * writing the same documents twice.
 */
export async function saveMarker(tx: SinkTransaction, store: Store, progress: ScaleProgress): Promise<void> {
  progress.updatedAt = new Date().toISOString();
  const text = JSON.stringify(progress);
  const updated = await tx.query(
    `update "${store.table}" set "${store.value}" = ? where "${store.key}" = ? and "${store.value}" = ? returning "id"`,
    [text, SCALE_MARKER_KEY, markerText.get(progress) ?? ''],
  );
  if (updated.length !== 1) throw new Error('scale seed: another run moved the progress marker meanwhile: stopping');
  markerText.set(progress, text);
}
