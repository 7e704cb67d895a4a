import type * as React from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { Briefcase, Discuss, File, Mail, PinMap, PresentationChart, Stack, TrendUp, WarningCircle } from '@strapi/icons';
import { crmPermission } from '../kit/pages';

/**
 * The home page is built from widgets: each person gets those of their work (a CRM action per audience,
 * see src/plugins/crm/server/kit/actions.ts, editable per role), each reading its own /crm/home route.
 */
interface HomeWidget {
  id: string;
  icon: typeof Briefcase;
  titleId: string;
  /** the CRM action that shows the widget (the route checks it again) */
  audience: string;
  component: () => Promise<{ default: React.ComponentType<any> }>;
  link?: { labelId: string; href: string };
}

const list = (uid: string) => `/content-manager/collection-types/${uid}`;

export const HOME_WIDGETS: readonly HomeWidget[] = [
  {
    id: 'inbox',
    icon: Mail,
    titleId: 'vitrylo.home.inbox.title',
    audience: 'inbox.read',
    component: () => import('./widgets/InboxWidget'),
    link: { labelId: 'vitrylo.home.inbox.link', href: '/vitrylo/inbox' },
  },
  { id: 'my-contacts', icon: Discuss, titleId: 'vitrylo.home.myContacts.title', audience: 'home.sales', component: () => import('./widgets/MyContactsWidget') },
  { id: 'my-requests', icon: Mail, titleId: 'vitrylo.home.myRequests.title', audience: 'home.sales', component: () => import('./widgets/MyRequestsWidget') },
  { id: 'my-clients', icon: Briefcase, titleId: 'vitrylo.home.myClients.title', audience: 'home.sales', component: () => import('./widgets/MyClientsWidget') },
  { id: 'my-unpaid-invoices', icon: File, titleId: 'vitrylo.home.myInvoices.title', audience: 'home.sales', component: () => import('./widgets/MyInvoicesWidget') },
  {
    id: 'todays-requests',
    icon: Mail,
    titleId: 'vitrylo.home.todaysRequests.title',
    audience: 'home.office',
    component: () => import('./widgets/TodaysRequestsWidget'),
    link: { labelId: 'vitrylo.home.todaysRequests.link', href: list('api::inbound-request.inbound-request') },
  },
  {
    id: 'whereabouts-today',
    icon: PinMap,
    titleId: 'vitrylo.home.whereabouts.title',
    audience: 'home.office',
    component: () => import('./widgets/WhereaboutsWidget'),
    link: { labelId: 'vitrylo.home.whereabouts.link', href: list('api::schedule-entry.schedule-entry') },
  },
  {
    id: 'unmatched-payments',
    icon: Stack,
    titleId: 'vitrylo.home.unmatched.title',
    audience: 'home.accounting',
    component: () => import('./widgets/UnmatchedPaymentsWidget'),
    link: { labelId: 'vitrylo.home.unmatched.link', href: list('api::payment.payment') },
  },
  {
    id: 'overdue-invoices',
    icon: WarningCircle,
    titleId: 'vitrylo.home.overdue.title',
    audience: 'home.accounting',
    component: () => import('./widgets/OverdueInvoicesWidget'),
    link: { labelId: 'vitrylo.home.overdue.link', href: list('api::invoice.invoice') },
  },
  { id: 'company', icon: TrendUp, titleId: 'vitrylo.home.company.title', audience: 'home.company', component: () => import('./widgets/CompanyWidget') },
  {
    id: 'marketing-events',
    icon: PresentationChart,
    titleId: 'vitrylo.home.marketing.title',
    audience: 'home.marketing',
    component: () => import('./widgets/MarketingEventsWidget'),
    link: { labelId: 'vitrylo.home.marketing.link', href: list('api::marketing-event.marketing-event') },
  },
];

/**
 * Strapi's "Project statistics" counts admins, API tokens and webhooks: shown only to whoever may manage
 * those (the super admin). Strapi's other stock widgets (profile, last edited/published entries, the entries
 * chart, releases) are about content publishing, not the CRM's work, and go.
 */
const ADMINISTRATION = [{ action: 'admin::users.read' }, { action: 'admin::api-tokens.read' }, { action: 'admin::webhooks.read' }];
const isProjectStatistics = (widget: { id: string; pluginId?: string }) => widget.pluginId === 'admin' && widget.id === 'key-statistics';

export function registerHomeWidgets(app: StrapiApp): void {
  const ours = HOME_WIDGETS.map((widget) => ({
    id: widget.id,
    pluginId: 'crm',
    icon: widget.icon,
    title: { id: widget.titleId, defaultMessage: widget.titleId },
    component: async () => (await widget.component()).default,
    permissions: crmPermission(widget.audience),
    ...(widget.link ? { link: { label: { id: widget.link.labelId, defaultMessage: widget.link.labelId }, href: widget.link.href } } : {}),
  }));
  app.widgets.register((stock) => [...ours, ...stock.filter(isProjectStatistics).map((widget) => ({ ...widget, permissions: ADMINISTRATION }))]);
}

