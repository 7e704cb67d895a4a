import type { Core } from '@strapi/strapi';
import { abilityOf } from './visibility';

/** Strategies that authenticate a person of the admin panel: their session, or an admin token they own. */
const STAFF_STRATEGIES = new Set(['admin', 'admin-token']);
export const SUPER_ADMIN_ROLE = 'strapi-super-admin';

export interface StaffRequest {
  user: { id: number | string; roles?: Array<{ code?: string }>; [key: string]: unknown };
  ability: any;
  /** the HTTP context, for per-request state */
  state: Record<string, any>;
}

/** The admin user (and ability) behind the current request, or null for system work and content-API calls. */
export async function staffRequest(strapi: Core.Strapi): Promise<StaffRequest | null> {
  const ctx: any = (strapi as any).requestContext?.get?.();
  const state = ctx?.state;
  if (!state?.user || !STAFF_STRATEGIES.has(state.auth?.strategy?.name)) return null;
  const ability = state.userAbility ?? (await abilityOf(strapi, state.user));
  return { user: state.user, ability, state };
}

export function isStaffStrategy(name: unknown): boolean {
  return typeof name === 'string' && STAFF_STRATEGIES.has(name);
}

export function isSuperAdmin(user: { roles?: Array<{ code?: string }> } | null | undefined): boolean {
  return Array.isArray(user?.roles) && user!.roles!.some((role) => role?.code === SUPER_ADMIN_ROLE);
}
