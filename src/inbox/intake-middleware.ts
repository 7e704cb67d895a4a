import type { Core, Modules } from '@strapi/strapi';
import { isClosedRequest } from '../domain/inbox';
import { notifyAssignee, prepareIntake } from './intake';
import { INBOUND_REQUEST } from './uids';

/**
 * Document middleware: every new inbound request, whatever its channel — the Secretary's panel form, the
 * website form, telephony or another system through the REST API — is received now (unless a time is
 * given), matched, routed, given its due time and its chronicle entry, and its assignee is notified, all in
 * the create's transaction (intake.ts). A request written already closed is history being imported: it is
 * stored as given.
 */
export function inboundRequestIntake(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== INBOUND_REQUEST || ctx.action !== 'create') return next();
    const params = ctx.params as { data?: Record<string, any> };
    const data = params?.data;
    if (!data || typeof data !== 'object') return next();
    const now = new Date();
    if (!data.receivedAt) data.receivedAt = now.toISOString();
    if (isClosedRequest(data.state)) return next();
    return strapi.db.transaction(async () => {
      const outcome = await prepareIntake(strapi, data, now);
      const result: any = await next();
      if (result?.documentId) await notifyAssignee(strapi, result, data, outcome);
      return result;
    });
  };
}
