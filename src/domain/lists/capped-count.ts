/**
 * A list never counts more than it must: "how many" for a page of ten is answered exactly up to the cap
 * and as "more than the cap" beyond it, which costs reading at most cap + 1 index entries instead of
 * every visible row of a ten-million-row table. The page links still work up to the cap; past it a
 * narrower filter or search is the way on.
 */
export const LIST_COUNT_CAP = 10_000;

/** The total a list reports for `found` rows read with a limit of cap + 1: exact, or cap + 1 meaning "more". */
export function reportedTotal(found: number, cap = LIST_COUNT_CAP): number {
  return Math.min(found, cap + 1);
}

export function isOverCap(total: number, cap = LIST_COUNT_CAP): boolean {
  return total > cap;
}

/** '10 000': the cap as people read it in Ukrainian. */
export function capText(cap = LIST_COUNT_CAP): string {
  return String(cap).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
