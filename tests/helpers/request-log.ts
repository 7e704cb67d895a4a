import type { Page, Request } from 'playwright-core';

/**
 * The HTTP requests a page makes to our server (the panel's code, styles and pictures left out), with
 * when each left after the log started and how long it took: what a screen costs on open.
 */
export interface LoggedRequest {
  method: string;
  /** path and query, decoded */
  path: string;
  startedMs: number;
  tookMs: number | null;
}

const ASSET = /\.(js|css|svg|png|jpe?g|ico|woff2?)$/;

export function logRequests(page: Page, baseUrl: string): { entries(): LoggedRequest[]; stop(): void } {
  const origin = new URL(baseUrl).origin;
  const started = Date.now();
  const seen: Array<{ request: Request; at: number }> = [];
  const finished = new Map<Request, number>();
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !ASSET.test(url.pathname)) seen.push({ request, at: Date.now() - started });
  };
  const onFinished = (request: Request) => finished.set(request, Date.now() - started);
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFinished);
  return {
    entries: () =>
      seen.map(({ request, at }) => {
        const url = new URL(request.url());
        const end = finished.get(request);
        return { method: request.method(), path: decodeURIComponent(url.pathname + url.search), startedMs: at, tookMs: end === undefined ? null : end - at };
      }),
    stop() {
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onFinished);
    },
  };
}

/** One line per request: "  812 ms +120 ms GET /crm/…". */
export function requestLines(entries: readonly LoggedRequest[]): string {
  return entries.map((entry) => `${String(entry.startedMs).padStart(6)} ms ${entry.tookMs === null ? '   …' : `+${entry.tookMs}`} ms ${entry.method} ${entry.path}`).join('\n');
}
