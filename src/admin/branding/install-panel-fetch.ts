import { panelLanguageHeader, switchedOffAnswer } from './panel-requests';

/** Strapi keeps the panel's language here (the same key app.tsx sets to Ukrainian on a first visit). */
export const LANGUAGE_KEY = 'strapi-admin-language';

/** Strapi's server address (STRAPI_ADMIN_BACKEND_URL, else this page's origin); not in Strapi's types. */
export function panelServerOrigin(): string {
  const backendURL: string | undefined = (window as { strapi?: { backendURL?: string } }).strapi?.backendURL;
  return new URL(backendURL || window.location.origin, window.location.href).origin;
}

export function requestUrl(input: RequestInfo | URL): URL {
  if (input instanceof URL) return input;
  return new URL(typeof input === 'string' ? input : input.url, window.location.href);
}

/**
 * Wraps the browser's fetch for the panel (Strapi's fetch client calls the global fetch on every request):
 * switched-off features are answered locally, and our server hears the panel's language. Requests to
 * other sites pass untouched. Call once, in register(), before the panel renders.
 */
export function installPanelFetch(serverOrigin: string): void {
  const send = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = requestUrl(input);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const local = switchedOffAnswer(method, url, serverOrigin);
    if (local) {
      return Promise.resolve(new Response(JSON.stringify(local.body), { status: local.status, headers: { 'Content-Type': 'application/json' } }));
    }
    if (url.origin !== serverOrigin || input instanceof Request) return send(input, init);
    const headers = new Headers(init?.headers);
    const language = panelLanguageHeader(headers.get('Accept-Language'), window.localStorage.getItem(LANGUAGE_KEY));
    if (language) headers.set('Accept-Language', language);
    return send(input, { ...init, headers });
  };
}
