/** An index's name from its table and columns. PostgreSQL cuts identifiers at 63 bytes: long names keep their start and a short hash of the whole. */
export function indexName(table: string, columns: string[]): string {
  const name = `${table}_${columns.join('_')}_idx`;
  if (name.length <= 60) return name;
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `${name.slice(0, 52)}_${hash.toString(36)}`;
}
