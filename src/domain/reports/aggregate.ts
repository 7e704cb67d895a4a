import { divRound, formatKopecks, Kopecks, toKopecks } from '../money';

/**
 * Summing source records into report rows: "sales by month × manager × product group" is invoice lines
 * grouped by three fields with their amounts summed. Money is summed in kopecks (decimal strings in,
 * decimal strings out), counts as integers; the rows come out in the order their keys first appeared.
 */
export interface AggregateSpec<S> {
  /** the fields of an output row that identify it, and how each is read from a source record */
  by: Readonly<Record<string, (source: S) => unknown>>;
  /** money fields: the sum of each record's amount (decimal string or number, blank counts as 0) */
  money?: Readonly<Record<string, (source: S) => unknown>>;
  /** integer fields: the sum of each record's figure (1 for "count the records") */
  counts?: Readonly<Record<string, (source: S) => number>>;
}

export function aggregateRows<S>(sources: Iterable<S>, spec: AggregateSpec<S>): Array<Record<string, unknown>> {
  const byFields = Object.entries(spec.by);
  const moneyFields = Object.entries(spec.money ?? {});
  const countFields = Object.entries(spec.counts ?? {});
  const groups = new Map<string, { keys: Record<string, unknown>; money: Kopecks[]; counts: number[] }>();
  for (const source of sources) {
    const keys = Object.fromEntries(byFields.map(([field, read]) => [field, read(source) ?? null]));
    const id = JSON.stringify(byFields.map(([field]) => keys[field]));
    let group = groups.get(id);
    if (!group) {
      group = { keys, money: moneyFields.map(() => 0n), counts: countFields.map(() => 0) };
      groups.set(id, group);
    }
    moneyFields.forEach(([field, read], index) => {
      const amount = read(source);
      if (amount !== null && amount !== undefined && amount !== '') group!.money[index] += toKopecks(amount as string | number, field);
    });
    countFields.forEach(([, read], index) => {
      group!.counts[index] += read(source);
    });
  }
  return [...groups.values()].map((group) => ({
    ...group.keys,
    ...Object.fromEntries(moneyFields.map(([field], index) => [field, formatKopecks(group.money[index])])),
    ...Object.fromEntries(countFields.map(([field], index) => [field, group.counts[index]])),
  }));
}

/** Each row's part of the whole, as a fraction (0.125 is 12,5 %): `share` of `field` over all rows; 0 when the whole is 0. */
export function withShares<R extends Record<string, unknown>>(rows: readonly R[], field: keyof R & string, share: string): Array<R & Record<string, number>> {
  const amounts = rows.map((row) => toKopecks((row[field] as string | number | null) ?? 0, field));
  const whole = amounts.reduce((sum, amount) => sum + amount, 0n);
  // a fraction for display: precise to 1e-6, far beyond the one decimal of a percentage shown
  return rows.map((row, index) => ({ ...row, [share]: whole === 0n ? 0 : Number(divRound(amounts[index] * 1_000_000n, whole)) / 1_000_000 })) as Array<R & Record<string, number>>;
}
