import type { Core } from '@strapi/strapi';
import { validate } from '@strapi/utils';
import { plainDataKey } from '../access/sanitized-query-memo';

/**
 * The Document Service checks the filters, sort, fields and populate of every read against the schema before it
 * runs it (repository.js validateParams: a traversal each, a promise per key), twice for a list page (its count
 * and its rows): a Sales manager's access filter alone names five columns. Whether a question is valid depends
 * only on the schema, which cannot change while a process runs, and on the question, so a question found valid
 * is remembered with its answer and the answer handed out as a copy; a question found invalid is asked again
 * (and refused again) every time.
 */

type Validator = (ctx: { schema?: { uid?: string } }, value: unknown, include: unknown) => Promise<unknown>;
const VALIDATORS = ['validateFilters', 'validateSort', 'validateFields', 'validatePopulate'] as const;
/** Questions kept per validator: types × the panel's list, record and picker queries. */
const KEPT = 1_000;
const WRAPPED = Symbol.for('vitrylo.validParamsMemo');

export function rememberValidParams(strapi: Core.Strapi): void {
  const validators = validate?.validators as unknown as Record<string, Validator> | undefined;
  if (!validators || VALIDATORS.some((name) => typeof validators[name] !== 'function')) {
    strapi.log.warn('Strapi\'s query validators have moved: every read\'s parameters are checked at every call.');
    return;
  }
  for (const name of VALIDATORS) {
    const check = validators[name];
    if ((check as any)[WRAPPED]) continue;
    const answers = new Map<string, unknown>();
    const remembered: Validator = async (...args) => {
      const [ctx, value, include] = args;
      const uid = ctx?.schema?.uid;
      // the curried forms (fewer arguments) and schemas without a name are passed through
      const key = args.length === 3 && typeof uid === 'string' ? plainDataKey([uid, value, include]) : null;
      if (key === null) return (check as any)(...args);
      if (answers.has(key)) return structuredClone(answers.get(key));
      const answer = await check(ctx, value, include);
      try {
        const copy = structuredClone(answer);
        if (answers.size >= KEPT) answers.delete(answers.keys().next().value as string);
        answers.set(key, copy);
      } catch {
        // not plain data: not remembered
      }
      return answer;
    };
    (remembered as any)[WRAPPED] = check; // Strapi's own, for a test to compare with
    validators[name] = remembered;
  }
}
