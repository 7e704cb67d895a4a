/**
 * The admin sanitizes every query the panel sends (its filters, sort, populate and fields walked against the
 * caller's permitted fields, five walks each, every key a promise): 0.6–0.8 ms of a list page's CPU for the same
 * few questions asked again and again (page 1 of a list, sorted by name). The answer depends only on the caller's
 * ability (kept between requests while their rights do not change, cached-authentication.ts), the type, the action
 * and the query, so it is kept per ability, and forgotten with it, and handed out as a copy (callers add to it).
 */

type SanitizeQuery = (query: unknown, options?: { subject?: unknown; action?: string }) => Promise<unknown>;

/** Questions kept per ability: a person's lists, pages, sorts and searches of a working day. */
const KEPT_PER_ABILITY = 300;
const answersByAbility = new WeakMap<object, Map<string, unknown>>();

export function rememberSanitizedQueries(sanitizeQuery: SanitizeQuery, ability: unknown, model: string, managerAction: string | undefined): SanitizeQuery {
  if (ability === null || typeof ability !== 'object') return sanitizeQuery;
  return async (query, options = {}) => {
    // a subject other than the type itself (a record) would make the answer depend on that record
    const key = options.subject === model ? plainDataKey([model, options.action ?? managerAction ?? null, query]) : null;
    if (key === null) return sanitizeQuery(query, options);
    let answers = answersByAbility.get(ability);
    if (!answers) answersByAbility.set(ability, (answers = new Map()));
    if (answers.has(key)) return structuredClone(answers.get(key));
    const answer = await sanitizeQuery(query, options);
    const copy = plainCopy(answer);
    if (copy !== undefined) {
      if (answers.size >= KEPT_PER_ABILITY) answers.delete(answers.keys().next().value as string);
      answers.set(key, copy);
    }
    return answer;
  };
}

/** A question as text, or null when it is not plain data (then it is not remembered). */
export function plainDataKey(question: unknown[]): string | null {
  try {
    return JSON.stringify(question, function plainOnly(this: any, name: string, value: unknown) {
      // JSON would drop an undefined value or write a date as text: two different queries, one key
      if (value === undefined || this[name] instanceof Date || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new TypeError('not plain data');
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) throw new TypeError('not plain data');
      return value;
    });
  } catch {
    return null;
  }
}

function plainCopy(answer: unknown): unknown {
  try {
    return structuredClone(answer);
  } catch {
    return undefined;
  }
}
