import type { StrapiApp } from '@strapi/strapi/admin';
import { Bell, Briefcase, Clock, Discuss, File, Files, Mail, PresentationChart, Stack, Star } from '@strapi/icons';
import { DAILY_LISTS, navigationEntry } from '../../type-meta/navigation';
import { crmPermission, Messages } from '../kit/pages';

/**
 * The main menu's daily destinations, right after the home page: "Мої клієнти" for whoever has the sales
 * home, then the working lists people open every day, each shown only to whoever may read its type (the
 * menu checks the caller's permissions, conditions included).
 */

const ICONS: Readonly<Record<string, typeof Briefcase>> = {
  'api::counterparty.counterparty': Briefcase,
  'api::interaction.interaction': Discuss,
  'api::inbound-request.inbound-request': Mail,
  'api::contract.contract': Files,
  'api::invoice.invoice': File,
  'api::payment.payment': Stack,
  'api::schedule-entry.schedule-entry': Clock,
  'api::marketing-event.marketing-event': PresentationChart,
};

const ENGLISH: Readonly<Record<string, string>> = {
  'api::counterparty.counterparty': 'Counterparties',
  'api::interaction.interaction': 'Contact chronicle',
  'api::inbound-request.inbound-request': 'Inbound requests',
  'api::contract.contract': 'Contracts',
  'api::invoice.invoice': 'Invoices',
  'api::payment.payment': 'Payments',
  'api::schedule-entry.schedule-entry': 'Work schedule',
  'api::marketing-event.marketing-event': 'Marketing events',
};

const READ = 'plugin::content-manager.explorer.read';
/** The home page is at 0 and the content manager at 1 (Strapi's positions): ours go between, in DAILY_LISTS order. */
const FIRST_POSITION = 0.1;
const labelId = (uid: string) => `vitrylo.nav.${uid}`;

export const MY_CLIENTS_PATH = 'vitrylo/my-clients';
export const OVERDUE_CONTACTS_PATH = 'vitrylo/overdue-contacts';

export function registerDailyLinks(app: StrapiApp): void {
  app.addMenuLink({
    to: MY_CLIENTS_PATH,
    icon: Star,
    intlLabel: { id: 'vitrylo.nav.myClients', defaultMessage: 'Мої клієнти' },
    permissions: crmPermission('home.sales'),
    position: FIRST_POSITION - 0.05,
    Component: () => import('./MyClientsPage'),
  } as any);
  // right after the chronicle: my planned contacts whose day has passed, as a filter of its list
  app.addMenuLink({
    to: OVERDUE_CONTACTS_PATH,
    icon: Bell,
    intlLabel: { id: 'vitrylo.nav.overdueContacts', defaultMessage: 'Прострочені контакти' },
    permissions: [{ action: READ, subject: 'api::interaction.interaction' }],
    position: FIRST_POSITION + DAILY_LISTS.indexOf('api::interaction.interaction') / 100 + 0.005,
    Component: () => import('./OverdueContactsPage'),
  } as any);
  DAILY_LISTS.forEach((uid, index) => {
    app.addMenuLink({
      to: `content-manager/collection-types/${uid}`,
      icon: ICONS[uid],
      intlLabel: { id: labelId(uid), defaultMessage: navigationEntry(uid)?.name ?? uid },
      permissions: [{ action: READ, subject: uid }],
      position: FIRST_POSITION + index / 100,
    } as any);
  });
}

export const dailyLinkMessages: Messages = {
  uk: {
    'vitrylo.nav.myClients': 'Мої клієнти',
    'vitrylo.myClients.title': 'Мої клієнти',
    'vitrylo.myClients.noAccess': 'Ваша роль не дає права бачити список контрагентів.',
    'vitrylo.nav.overdueContacts': 'Прострочені контакти',
    'vitrylo.overdueContacts.title': 'Прострочені контакти',
    'vitrylo.overdueContacts.noAccess': 'Ваша роль не дає права бачити хроніку контактів.',
    ...Object.fromEntries(DAILY_LISTS.map((uid) => [labelId(uid), navigationEntry(uid)?.name ?? uid])),
  },
  en: {
    'vitrylo.nav.myClients': 'My clients',
    'vitrylo.myClients.title': 'My clients',
    'vitrylo.myClients.noAccess': 'Your role does not allow you to see the counterparties.',
    'vitrylo.nav.overdueContacts': 'Overdue contacts',
    'vitrylo.overdueContacts.title': 'Overdue contacts',
    'vitrylo.overdueContacts.noAccess': 'Your role does not allow you to see the contact chronicle.',
    ...Object.fromEntries(DAILY_LISTS.map((uid) => [labelId(uid), ENGLISH[uid] ?? uid])),
  },
};
