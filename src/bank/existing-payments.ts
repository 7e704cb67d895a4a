import type { Core } from '@strapi/strapi';
import { UID } from '../access/uids';

const CHUNK = 1_000;

/** The dedupe keys among `keys` that saved payments already carry (a re-imported or overlapping statement). */
export async function existingDedupeKeys(strapi: Core.Strapi, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < keys.length; start += CHUNK) {
    const rows = await strapi.db.query(UID.payment as any).findMany({ where: { dedupeKey: { $in: keys.slice(start, start + CHUNK) } }, select: ['dedupeKey'] });
    for (const row of rows as Array<{ dedupeKey: string }>) found.add(row.dedupeKey);
  }
  return found;
}
