/**
 * Strapi's relation picker searches its target with one condition, `{ <main field>: { $containsi: typed } }`,
 * among the others it builds (visibility, records already linked). This is the where clause with that one
 * condition replaced by `match` (the search-column condition, src/search/picker-search.ts), everything
 * else left as it was.
 */
export function swapPickerCondition(where: unknown, typed: string, match: Record<string, unknown>): unknown {
  if (Array.isArray(where)) return where.map((item) => swapPickerCondition(item, typed, match));
  if (!where || typeof where !== 'object') return where;
  const entries = Object.entries(where as Record<string, unknown>);
  if (entries.length === 1) {
    const [key, value] = entries[0];
    const operand = value as Record<string, unknown> | null;
    if (!key.startsWith('$') && operand && typeof operand === 'object' && Object.keys(operand).length === 1 && operand.$containsi === typed) return match;
  }
  return Object.fromEntries(entries.map(([key, value]) => [key, key.startsWith('$') ? swapPickerCondition(value, typed, match) : value]));
}

