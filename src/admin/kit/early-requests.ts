/**
 * A request a screen is known to make, started before the screen gets to it, and handed to the screen's
 * own request once (within a few seconds). The counterparty card's side panels ask for their data only
 * after the content manager has drawn the form and read its relation fields, a second and more after the
 * click on a client; their answers can be on the way by then (card/open-card-early.ts).
 */
type Get = (url: string, config?: { params?: unknown }) => Promise<{ data: any }>;

const FRESH_MS = 10_000;
const early = new Map<string, { at: number; answer: Promise<{ data: any }> }>();

const keyOf = (url: string, params?: unknown) => `${url}?${JSON.stringify(params ?? {})}`;

export function startEarly(get: Get, url: string, params?: Record<string, unknown>): void {
  const key = keyOf(url, params);
  const known = early.get(key);
  if (known && Date.now() - known.at < FRESH_MS) return;
  const answer = get(url, { params });
  // a failure is the screen's to show when it takes the answer; nobody may be waiting yet
  answer.catch(() => undefined);
  early.set(key, { at: Date.now(), answer });
}

/** The answer started early for exactly this request, else the request made now. */
export function getOnce<T>(get: Get, url: string, params?: Record<string, unknown>): Promise<{ data: T }> {
  const key = keyOf(url, params);
  const known = early.get(key);
  early.delete(key);
  if (known && Date.now() - known.at < FRESH_MS) return known.answer;
  return get(url, { params });
}
