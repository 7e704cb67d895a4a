import type { Core } from '@strapi/strapi';
import { abilityOf, andFilters, toWhere, visibilityFromAbility } from './visibility';

const ADMIN_STRATEGIES = new Set(['admin', 'admin-token']);

/**
 * Whether whoever is behind the current write may read one field of one record, so that a message may
 * show it (e.g. the name of the counterparty that already holds a code):
 * - system work (no request: seeding, imports from the command line, cron) may;
 * - an admin-panel request or admin token may when its ability lets it read that record and field;
 * - any other request (content-API tokens, the public web form) may not: they get neutral messages.
 */
export async function callerMayRead(strapi: Core.Strapi, uid: string, documentId: string, field?: string): Promise<boolean> {
  const request: any = (strapi as any).requestContext?.get?.();
  if (!request) return true;
  const state = request.state ?? {};
  if (!ADMIN_STRATEGIES.has(state.auth?.strategy?.name)) return false;
  const ability = state.userAbility ?? (state.user ? await abilityOf(strapi, state.user) : null);
  if (!ability) return false;

  const visibility = visibilityFromAbility(strapi, ability);
  if (field ? !visibility.can(uid, field) : !visibility.can(uid)) return false;
  const filter = visibility.filter(uid);
  if (filter === null) return false;
  if (Object.keys(filter).length === 0) return true;
  const row = await strapi.db.query(uid as any).findOne({ where: toWhere(strapi, uid, andFilters({ documentId }, filter)), select: ['id'] });
  return Boolean(row);
}
