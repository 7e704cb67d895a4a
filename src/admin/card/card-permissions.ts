import { useAuth } from '@strapi/strapi/admin';

/**
 * Whether the person may read the client's interactions, invoices, requests and contracts, or create an
 * interaction: what decides which of the card's side panels show, read from the permissions the panel
 * loaded at sign-in. Each panel used to ask with a useRBAC of its own, and for a person whose permissions
 * carry conditions (a sales manager's do) every ask was a POST /admin/permissions/check, four on each
 * opening of the card, and the panels' own requests waited for them. The server's answer there only says
 * whether a rule survives the person's conditions; a panel's request answers the same (403 when none
 * does), and the panel then says the records are not available instead of listing them.
 */

const ACTIONS = { read: 'plugin::content-manager.explorer.read', create: 'plugin::content-manager.explorer.create' } as const;

interface PanelPermission {
  action: string;
  subject?: string | null;
}

export function mayOnType(permissions: readonly PanelPermission[], action: keyof typeof ACTIONS, subject: string): boolean {
  return permissions.some((permission) => permission.action === ACTIONS[action] && permission.subject === subject);
}

export function useCardPermissions(): { allows(action: keyof typeof ACTIONS, subject: string): boolean } {
  const permissions = useAuth('CardPermissions', (state: { permissions: PanelPermission[] }) => state.permissions);
  return { allows: (action, subject) => mayOnType(permissions ?? [], action, subject) };
}
