import type { Core } from '@strapi/strapi';
import { strapiInternalModule } from '../database/strapi-internal-module';

/**
 * The content manager works out a content type's deep populate (every attribute, to-many relations as counts)
 * for every list page and every record it opens, walking the schema with lodash merges: 5 % of a list page's
 * CPU in a profile. The answer depends only on the schema, which cannot change while a process runs, and on
 * the options and the query's own populate, so it is worked out once per question and handed out as a copy
 * (the callers add to what they get).
 */

type DeepPopulate = (uid: string, options?: Record<string, unknown>, level?: number) => Record<string, unknown>;
interface PopulateModule { getDeepPopulate: DeepPopulate }

/** Questions kept per process: content types × option sets × the few populate shapes of the panel's queries. */
const KEPT = 1_000;
const WRAPPED = Symbol.for('vitrylo.deepPopulateMemo');

export function rememberDeepPopulate(strapi: Core.Strapi): void {
  const populate = strapiInternalModule<PopulateModule>('@strapi/content-manager', 'server', 'services', 'utils', 'populate.js');
  if (!populate || typeof populate.getDeepPopulate !== 'function') {
    strapi.log.warn('The content manager\'s populate module has moved: its deep populate is worked out at every request.');
    return;
  }
  if ((populate.getDeepPopulate as any)[WRAPPED]) return;

  const getDeepPopulate = populate.getDeepPopulate;
  const answers = new Map<string, Record<string, unknown>>();
  const remembered: DeepPopulate = (uid, options, level) => {
    const key = questionKey(uid, options, level);
    if (key === null) return getDeepPopulate(uid, options, level);
    const known = answers.get(key);
    if (known) return structuredClone(known);
    const answer = getDeepPopulate(uid, options, level);
    const copy = plainCopy(answer);
    if (copy !== null) {
      if (answers.size >= KEPT) answers.delete(answers.keys().next().value as string);
      answers.set(key, copy);
    }
    return answer;
  };
  (remembered as any)[WRAPPED] = getDeepPopulate; // Strapi's own, for a test to compare with
  populate.getDeepPopulate = remembered;
}

/** The question as text, or null when its options are not plain data (then it is not remembered). */
function questionKey(uid: string, options: unknown, level: unknown): string | null {
  try {
    return JSON.stringify([uid, options ?? null, level ?? null], (_name, value) => {
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new TypeError('not plain data');
      // JSON writes Infinity (populateDeep's default depth), NaN and null all as null
      return typeof value === 'number' && !Number.isFinite(value) ? `number:${value}` : value;
    });
  } catch {
    return null;
  }
}

/** A copy of an answer made of plain data, or null (then it is not remembered). */
function plainCopy(answer: Record<string, unknown>): Record<string, unknown> | null {
  try {
    return structuredClone(answer);
  } catch {
    return null;
  }
}
