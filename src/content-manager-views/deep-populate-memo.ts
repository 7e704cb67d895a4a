import type { Core } from '@strapi/strapi';
import { strapiInternalModule } from '../database/strapi-internal-module';
import { plainDataKey } from '../access/sanitized-query-memo';

/**
 * The content manager works out a content type's deep populate (every attribute, to-many relations as counts)
 * for every list page and every record it opens, walking the schema with lodash merges: 5 % of a list page's
 * CPU in a profile. It also walks each query's filters for the relations they name (getQueryPopulate), 0.4–0.6
 * ms of a Sales manager's list page, whose access filter names several. Both answers depend only on the schema,
 * which cannot change while a process runs, and on the question (options, the query), so each is worked out
 * once per question and handed out as a copy (the callers add to what they get).
 */

type DeepPopulate = (uid: string, options?: Record<string, unknown>, level?: number) => Record<string, unknown>;
type QueryPopulate = (uid: string, query: unknown) => Promise<Record<string, unknown>>;
interface PopulateModule { getDeepPopulate: DeepPopulate; getQueryPopulate: QueryPopulate }

/** Questions kept per process: content types × option sets × the few populate shapes of the panel's queries. */
const KEPT = 1_000;
const WRAPPED = Symbol.for('vitrylo.deepPopulateMemo');
const QUERY_WRAPPED = Symbol.for('vitrylo.queryPopulateMemo');

export function rememberDeepPopulate(strapi: Core.Strapi): void {
  const populate = strapiInternalModule<PopulateModule>('@strapi/content-manager', 'server', 'services', 'utils', 'populate.js');
  if (!populate || typeof populate.getDeepPopulate !== 'function') {
    strapi.log.warn('The content manager\'s populate module has moved: its deep populate is worked out at every request.');
    return;
  }
  rememberQueryPopulate(populate);
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

function rememberQueryPopulate(populate: PopulateModule): void {
  if (typeof populate.getQueryPopulate !== 'function' || (populate.getQueryPopulate as any)[QUERY_WRAPPED]) return;
  const getQueryPopulate = populate.getQueryPopulate;
  const answers = new Map<string, Record<string, unknown>>();
  const remembered: QueryPopulate = async (uid, query) => {
    const key = plainDataKey([uid, query]);
    if (key === null) return getQueryPopulate(uid, query);
    const known = answers.get(key);
    if (known) return structuredClone(known);
    const answer = await getQueryPopulate(uid, query);
    const copy = plainCopy(answer);
    if (copy !== null) {
      if (answers.size >= KEPT) answers.delete(answers.keys().next().value as string);
      answers.set(key, copy);
    }
    return answer;
  };
  (remembered as any)[QUERY_WRAPPED] = getQueryPopulate;
  populate.getQueryPopulate = remembered;
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
