import type { Core, Modules } from '@strapi/strapi';

export type DocumentContext = Modules.Documents.Middleware.Context;
export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;
export type DocumentMiddlewareFactory = (strapi: Core.Strapi) => DocumentMiddleware;

export const WRITE_ACTIONS = new Set(['create', 'update']);

/** The `data` a create or update call will write, or null for any other call. */
export function writtenData(ctx: DocumentContext): Record<string, any> | null {
  if (!WRITE_ACTIONS.has(ctx.action)) return null;
  const params = ctx.params as { data?: Record<string, any> } | undefined;
  return params?.data && typeof params.data === 'object' ? params.data : null;
}

export function currentDocumentId(ctx: DocumentContext): string | undefined {
  return ctx.action === 'update' ? (ctx.params as { documentId?: string })?.documentId : undefined;
}
