export interface ContactCandidate {
  isPrimary?: boolean | null;
  updatedAt?: string | Date | null;
  counterparty?: unknown;
}

const time = (value: string | Date | null | undefined) => (value ? new Date(value).getTime() : 0);

/**
 * Several contact persons may share a number (a switchboard, a family business): prefer one who belongs
 * to a counterparty, then the primary contact, then the most recently updated record.
 */
export function pickContact<T extends ContactCandidate>(candidates: readonly T[]): T | null {
  let best: T | null = null;
  const rank = (c: T) => [c.counterparty ? 1 : 0, c.isPrimary ? 1 : 0, time(c.updatedAt)];
  for (const candidate of candidates) {
    if (!best) {
      best = candidate;
      continue;
    }
    const [a, b] = [rank(candidate), rank(best)];
    const i = a.findIndex((v, k) => v !== b[k]);
    if (i >= 0 && a[i] > b[i]) best = candidate;
  }
  return best;
}
