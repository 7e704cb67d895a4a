/**
 * Ids per `$in` list of one query: a report reads related rows for thousands of records at once, and a
 * single list that long would pass the databases' limits on bound values (PostgreSQL 65 535, SQLite 32 766).
 */
export const IN_LIST_CHUNK = 5_000;

/** `read` for each slice of `ids`, the rows joined; nothing is read for no ids. */
export async function readInChunks<T>(ids: readonly number[], read: (slice: number[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += IN_LIST_CHUNK) rows.push(...(await read(ids.slice(start, start + IN_LIST_CHUNK))));
  return rows;
}
