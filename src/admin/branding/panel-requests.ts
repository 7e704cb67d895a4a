/**
 * What the panel's own requests need on their way out, decided here without a browser:
 *
 * - Answers to the questions Strapi 5.54's edit view asks about features Vitrylo has switched off
 *   (config/admin.ts: ai and preview off). The panel asks on every edit view, whatever the setting,
 *   and the server answers 404 (403 to staff): we answer "off" in the browser, so no request is made.
 * - The panel's language on every request to our server, so that the server's messages (validation,
 *   refusals) come in the language the panel shows, not in the browser's.
 */

export interface LocalAnswer {
  status: number;
  body: unknown;
}

const SWITCHED_OFF: ReadonlyArray<{ path: RegExp; answer: LocalAnswer }> = [
  // content-manager useDocumentActions: whether AI translation is set up
  { path: /^\/admin\/ai-feature-config\/?$/, answer: { status: 200, body: { data: { isAiI18nConfigured: false, isAiMediaLibraryConfigured: false } } } },
  // i18n header actions: the AI translation job of the document on screen
  { path: /^\/i18n\/ai-localization-jobs\//, answer: { status: 200, body: { data: null } } },
  // content-manager preview side panel: the website address of the document (none: the panel hides itself)
  { path: /^\/content-manager\/preview\/url\//, answer: { status: 200, body: { data: {} } } },
];

/** The answer the browser gives itself for a switched-off feature's request, or null to send it. */
export function switchedOffAnswer(method: string, url: URL, serverOrigin: string): LocalAnswer | null {
  if (method.toUpperCase() !== 'GET' || url.origin !== serverOrigin) return null;
  return SWITCHED_OFF.find((entry) => entry.path.test(url.pathname))?.answer ?? null;
}

/** The Accept-Language a panel request carries: the panel's language, unless the request chose one itself. */
export function panelLanguageHeader(existing: string | null, panelLocale: string | null): string | null {
  if (existing) return existing;
  return panelLocale || null;
}
