import type * as React from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';

/**
 * A Vitrylo page of the admin panel, declared in one small file: where it lives, its menu entry, who may
 * open it, its screen (loaded on demand) and its messages in Ukrainian and English. registerCrmPages adds
 * the menu links; crmTranslations merges every page's messages into the panel's translations.
 */
export interface Messages {
  uk: Record<string, string>;
  en: Record<string, string>;
}

export interface CrmPageDefinition {
  /** path under /admin, e.g. 'vitrylo/about' */
  to: string;
  icon: React.ComponentType;
  /** message id of the menu entry; its text is in `messages` */
  labelId: string;
  /** RBAC actions that show the entry and open the page; the page's routes check them again */
  permissions: Array<{ action: string; subject: string | null }>;
  Component: () => Promise<{ default: React.ComponentType }>;
  messages: Messages;
  /** place in the main menu (the home page is 0, the content manager 1); Strapi's order when absent */
  position?: number;
}

export function registerCrmPages(app: StrapiApp, pages: readonly CrmPageDefinition[]): void {
  for (const page of pages) {
    app.addMenuLink({
      to: page.to,
      icon: page.icon,
      intlLabel: { id: page.labelId, defaultMessage: page.messages.uk[page.labelId] ?? page.labelId },
      permissions: page.permissions,
      Component: page.Component as any,
      ...(page.position !== undefined ? { position: page.position } : {}),
    } as any);
  }
}

export function crmTranslations(pages: readonly { messages: Messages }[], shared: Messages): Messages {
  const uk = { ...shared.uk };
  const en = { ...shared.en };
  for (const page of pages) {
    Object.assign(uk, page.messages.uk);
    Object.assign(en, page.messages.en);
  }
  return { uk, en };
}

/** The permission of a CRM action (registered by the crm plugin, see src/plugins/crm/server/kit/actions.ts). */
export const crmPermission = (uid: string) => [{ action: `plugin::crm.${uid}`, subject: null }];
