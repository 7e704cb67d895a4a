// eslint-disable-next-line @typescript-eslint/no-var-requires
const { prepareValue } = require('pg/lib/utils');

const NEEDS_ESCAPE = /[\\"]/;

/** An element of an array literal, quoted as pg's `escapeElement` quotes it. */
function quoted(text: string): string {
  return `"${NEEDS_ESCAPE.test(text) ? text.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : text}"`;
}

/**
 * The PostgreSQL array literal pg would send for `values` (`prepareValue` of the array: `{"a","b",NULL}`),
 * built with a fraction of the garbage: pg joins the literal one `+=` at a time and formats every Date again
 * (a bulk insert's rows share one timestamp), some 7 kB per payment row of a bank import, most of which
 * lived long enough to be promoted. Nested arrays and binary values are left to pg.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  const parts = new Array<string>(values.length);
  let lastDate: Date | null = null;
  let lastDateText = '';
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value === null || value === undefined) parts[i] = 'NULL';
    else if (typeof value === 'string') parts[i] = quoted(value);
    else if (value instanceof Date) {
      if (value !== lastDate) {
        lastDate = value;
        lastDateText = quoted(prepareValue(value));
      }
      parts[i] = lastDateText;
    } else if (typeof value === 'object') return prepareValue(values);
    else parts[i] = quoted(String(value));
  }
  return `{${parts.join(',')}}`;
}
