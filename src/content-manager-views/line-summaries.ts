import type { Core } from '@strapi/strapi';
import { adminRoutes, placeRouteMiddleware } from '../access/admin-route-guard';
import { LINE_SUMMARY_FIELD, lineSummary } from '../domain/documents/line-summary';

/**
 * A contract's or invoice's lines are a repeatable component the edit view shows collapsed, each headed
 * by the value of one field of the line (the panel points that heading at `summary`:
 * src/admin/card/line-headings.ts). `summary` is no attribute and nothing stores it: the records the
 * content manager answers carry it in each line, made from the fields the reader was given (this
 * middleware runs outside the content-manager guard, so after it has trimmed what the reader may not
 * read: no price, no amount), and when the panel sends the form back, it is dropped before the deny-by-
 * default guard checks the body and before Strapi writes it.
 */

const DOCUMENTS_WITH_LINES = new Set(['api::contract.contract', 'api::invoice.invoice']);

type Line = Record<string, unknown>;

const linesOf = (data: unknown): Line[] => {
  const lines = data && typeof data === 'object' ? (data as { lines?: unknown }).lines : undefined;
  return Array.isArray(lines) ? lines.filter((line): line is Line => !!line && typeof line === 'object') : [];
};

function lineSummariesMiddleware() {
  return async (ctx: any, next: () => Promise<unknown>) => {
    if (!DOCUMENTS_WITH_LINES.has(ctx.params?.model)) return next();
    for (const line of linesOf(ctx.request?.body)) delete line[LINE_SUMMARY_FIELD];
    await next();
    const record = ctx.body?.data;
    if (!record || typeof record !== 'object' || Array.isArray(record)) return;
    for (const line of linesOf(record)) line[LINE_SUMMARY_FIELD] = lineSummary(line, (record as { currency?: unknown }).currency);
  };
}

/**
 * register(), after the access guards are placed (src/access): the middleware goes first on the content
 * manager's document routes, outside the deny-by-default guard and the content-manager guard.
 */
export function registerLineSummaries(strapi: Core.Strapi): void {
  for (const { name, route } of adminRoutes(strapi)) {
    if (name.startsWith('content-manager.collection-types.')) placeRouteMiddleware(route, 'line-summaries', lineSummariesMiddleware(), 'first');
  }
}
