import type { StrapiApp } from '@strapi/strapi/admin';
import { listCountMessages, typeCaptionMessages, ukrainianPanelMessages } from './translations';
import { registerAuditPanel } from './audit/AuditHistoryPanel';
import { registerAuditLog } from './audit/AuditEntryView';
import { registerEnumCaptions } from './enum-captions';
import { crmTranslations, registerCrmPages } from './kit/pages';
import { kitMessages } from './kit/messages';
import { aboutPage } from './pages/about';
import { inboxPage } from './pages/inbox';
import { whereaboutsPage } from './pages/whereabouts';
import { callerPage } from './pages/caller';
import { bankImportPage } from './pages/bank-import';
import { reportsPage } from './pages/reports';
import { registerSubscriptionInputs } from './pages/reports/SubscriptionInputs';
import { auditPanelMessages } from './audit/audit-messages';
import { registerHomeWidgets } from './home/widgets';
import { homeMessages } from './home/messages';
import { dailyLinkMessages, registerDailyLinks } from './navigation/daily-links';
import { contentManagerTitles, registerContentManagerNavigation } from './navigation/content-manager-links';
import { brandPanel, panelServerOrigin, vitryloLogo } from './branding';
import { registerDisplayedColumns } from './lists/displayed-columns';
import { installOpenCardEarly } from './card/open-card-early';
import { cardMessages, registerCounterpartyCard } from './card';

/** Vitrylo's own pages; each is one folder under pages/ (see docs/how-to-add-a-feature.md). */
const PAGES = [aboutPage, inboxPage, whereaboutsPage, callerPage, bankImportPage, reportsPage];
const pageMessages = crmTranslations([...PAGES, { messages: auditPanelMessages }, { messages: homeMessages }, { messages: dailyLinkMessages }, { messages: cardMessages }], kitMessages);

/** English display names of our types, read from the schemas at build time (menu entries are keyed by them). */
function englishDisplayNames(): Record<string, string> {
  // @ts-ignore Vite expands import.meta.glob at build time
  const schemas: Record<string, { info: { displayName: string } }> = import.meta.glob('../api/*/content-types/*/schema.json', { eager: true, import: 'default' });
  // @ts-ignore Vite expands import.meta.glob at build time
  const components: Record<string, { info: { displayName: string } }> = import.meta.glob('../components/crm/*.json', { eager: true, import: 'default' });
  const names: Record<string, string> = {};
  for (const [file, schema] of Object.entries(schemas)) {
    const name = file.split('/')[2];
    names[`api::${name}.${name}`] = schema.info.displayName;
  }
  for (const [file, component] of Object.entries(components)) {
    names[`crm.${file.split('/').pop()!.replace(/\.json$/, '')}`] = component.info.displayName;
  }
  return names;
}

const typeTitles = contentManagerTitles(englishDisplayNames());

export default {
  config: {
    locales: ['uk', 'ru'],
    auth: { logo: vitryloLogo },
    menu: { logo: vitryloLogo },
    // No Strapi tutorials (videos, guided tour) and no "new Strapi release" notes: staff work in a CRM.
    tutorials: false,
    notifications: { releases: false },
    translations: {
      // the content manager's ordered titles and the home header win over Strapi's own Ukrainian strings
      uk: { ...ukrainianPanelMessages(englishDisplayNames(), pageMessages.uk), ...typeTitles.uk },
      en: { ...listCountMessages().en, ...pageMessages.en, ...typeTitles.en },
      // the content manager's ordered titles must read as names in every language the panel offers, and the
      // ids it builds from our fields must exist there too (the captions shown are the view settings' anyway)
      ru: { ...typeCaptionMessages(), ...typeTitles.uk },
    },
  },
  register(app: StrapiApp) {
    brandPanel();
    registerDisplayedColumns(app as any, panelServerOrigin());
    installOpenCardEarly(app as any, panelServerOrigin());
    registerCrmPages(app, PAGES);
    registerDailyLinks(app);
    registerHomeWidgets(app);
  },
  bootstrap(app: StrapiApp) {
    registerAuditPanel(app);
    registerAuditLog(app);
    registerEnumCaptions(app);
    registerContentManagerNavigation(app);
    registerCounterpartyCard(app);
    registerSubscriptionInputs(app);
  },
};
