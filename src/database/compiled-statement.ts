import type { Core } from '@strapi/strapi';
import { preparedStatement } from './prepared-statements';

/**
 * A read that runs at every lookup or every request, built with knex once per shape instead of at every call.
 * knex compiles a query builder to SQL each time it runs it (its query compiler walks the builder and wraps
 * every identifier): 50–65 µs for one of caller ID's joins, against 5–9 µs to run a kept text. Here the builder is
 * made once with a stand-in for each parameter, the SQL text is kept with the place of each stand-in among its
 * bindings, and each call runs that text as raw SQL with its own values. The shape is the length of each list
 * parameter (`whereIn` writes one placeholder per value). Values pass through knex's binding preparation as
 * before, so SQLite and PostgreSQL get what the builder would have sent them.
 *
 * A parameter may only stand where knex takes a bound value (a comparison, `whereIn`): a builder that needs a
 * real value to be built (`limit(n)`, a branch on it) must take it as a constant of its own.
 */

type Row = Record<string, any>;
type Parameter = unknown;
interface Shape {
  sql: string;
  /** each binding: a parameter's value (its index, and the element's for a list), or a constant of the builder */
  bindings: Array<{ parameter: number; element?: number } | { constant: unknown }>;
}

const STAND_IN = '\u0000vitrylo-parameter:';
const MAX_SHAPES = 64;

function standIn(parameter: number, element?: number): string {
  return element === undefined ? `${STAND_IN}${parameter}` : `${STAND_IN}${parameter}.${element}`;
}

function shapeKey(parameters: readonly Parameter[]): string {
  return parameters.map((value) => (Array.isArray(value) ? `[${value.length}]` : '.')).join('');
}

function compile(build: (...parameters: any[]) => any, parameters: readonly Parameter[]): Shape {
  const standIns = parameters.map((value, index) => (Array.isArray(value) ? value.map((_, element) => standIn(index, element)) : standIn(index)));
  const { sql, bindings } = build(...standIns).toSQL();
  if (sql.includes(STAND_IN)) throw new Error('compiledStatement: a parameter was written into the SQL text instead of being bound');
  const places = (bindings as unknown[]).map((binding) => {
    if (typeof binding !== 'string' || !binding.startsWith(STAND_IN)) return { constant: binding };
    const [parameter, element] = binding.slice(STAND_IN.length).split('.').map(Number);
    return element === undefined || Number.isNaN(element) ? { parameter } : { parameter, element };
  });
  const used = new Set(places.flatMap((place) => ('parameter' in place ? [place.parameter] : [])));
  parameters.forEach((value, index) => {
    if (!used.has(index) && !(Array.isArray(value) && value.length === 0)) throw new Error(`compiledStatement: parameter ${index} is not bound by the query`);
  });
  return { sql, bindings: places };
}

/**
 * `build` as a function of its parameters that runs the kept SQL; with `prepared`, as a named prepared statement
 * on PostgreSQL too (prepared-statements.ts).
 */
export function compiledStatement<Parameters extends readonly Parameter[]>(
  strapi: Core.Strapi,
  build: (...parameters: Parameters) => any,
  options: { prepared?: boolean } = {},
): (...parameters: Parameters) => Promise<Row[]> {
  const shapes = new Map<string, Shape>();
  return async (...parameters) => {
    const key = shapeKey(parameters);
    let shape = shapes.get(key);
    if (!shape) {
      shape = compile(build, parameters);
      if (shapes.size < MAX_SHAPES) shapes.set(key, shape);
    }
    const values = shape.bindings.map((place) => {
      if ('constant' in place) return place.constant;
      const value = parameters[place.parameter];
      return place.element === undefined ? value : (value as unknown[])[place.element];
    });
    const raw = strapi.db.connection.raw(shape.sql, values as any);
    const result: any = await (options.prepared ? preparedStatement(strapi, raw) : raw);
    return Array.isArray(result) ? result : result.rows;
  };
}
