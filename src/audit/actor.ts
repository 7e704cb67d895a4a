import type { Core } from '@strapi/strapi';
import { actorFromRequest, AuditActor } from '../domain/audit';

/** Who is writing right now: the admin user or API token of the current request, else the system. */
export function currentActor(strapi: Core.Strapi): AuditActor {
  const ctx = strapi.requestContext?.get() as any;
  return actorFromRequest(ctx ? { state: ctx.state, method: ctx.method ?? ctx.request?.method, path: ctx.path ?? ctx.request?.path } : null);
}
