/**
 * Vitrylo's server-only local plugin: admin HTTP routes under /crm/... Each route is one file in
 * server/routes/ declared with the kit (server/kit/route.ts: permission, validation, visibility) and listed
 * here; the CRM permission actions (server/kit/actions.ts) are registered with admin RBAC.
 */
import type { Core } from '@strapi/strapi';
import { actionProviderEntries } from './server/kit/actions';
import { buildRoutes } from './server/kit/route';
import auditEntries from './server/routes/audit-entries';
import system from './server/routes/system';
import inbox from './server/routes/inbox';
import inboxCounter from './server/routes/inbox-counter';
import inboxRequest from './server/routes/inbox-request';
import inboxRequestRead from './server/routes/inbox-request-read';
import inboxRequestTake from './server/routes/inbox-request-take';
import inboxRequestDone from './server/routes/inbox-request-done';
import inboxRequestForward from './server/routes/inbox-request-forward';
import inboxRequestProspect from './server/routes/inbox-request-prospect';
import inboxNotificationRead from './server/routes/inbox-notification-read';
import inboxNotificationsReadAll from './server/routes/inbox-notifications-read-all';
import interactionComplete from './server/routes/interaction-complete';
import whereabouts from './server/routes/whereabouts';
import inboxForwardTargets from './server/routes/inbox-forward-targets';
import overdueContacts from './server/routes/overdue-contacts';
import counterpartyTimeline from './server/routes/counterparty-timeline';
import counterpartyBalance from './server/routes/counterparty-balance';
import homeMyClients from './server/routes/home-my-clients';
import homeMyContacts from './server/routes/home-my-contacts';
import homeMyRequests from './server/routes/home-my-requests';
import homeMyInvoices from './server/routes/home-my-invoices';
import homeTodaysRequests from './server/routes/home-todays-requests';
import homeWhereabouts from './server/routes/home-whereabouts';
import homeUnmatchedPayments from './server/routes/home-unmatched-payments';
import homeOverdueInvoices from './server/routes/home-overdue-invoices';
import homeCompany from './server/routes/home-company';
import homeMarketing from './server/routes/home-marketing';
import caller from './server/routes/caller';
import callerForm from './server/routes/caller-form';
import callerRequest from './server/routes/caller-request';
import bankStatementImport from './server/routes/bank-statement-import';
import bankStatementFile from './server/routes/bank-statement-file';
import reports from './server/routes/reports';
import reportRun from './server/routes/report-run';
import reportTemplate from './server/routes/report-template';
import reportTemplateUpload from './server/routes/report-template-upload';
import reportTemplateRemove from './server/routes/report-template-remove';

const { routes, controller } = buildRoutes({
  auditEntries,
  system,
  // the inbox (issue 10): requests and notifications of the caller, and the actions on a request
  inbox,
  inboxCounter,
  inboxRequest,
  inboxRequestRead,
  inboxRequestTake,
  inboxRequestDone,
  inboxRequestForward,
  inboxRequestProspect,
  inboxNotificationRead,
  inboxNotificationsReadAll,
  inboxForwardTargets,
  interactionComplete,
  whereabouts,
  overdueContacts,
  // the counterparty card (issue 9/10): its chronicle timeline
  counterpartyTimeline,
  // …and where the client stands with us (issue 11)
  counterpartyBalance,
  // the home page's widgets, one route each (src/admin/home)
  homeMyClients,
  homeMyContacts,
  homeMyRequests,
  homeMyInvoices,
  homeTodaysRequests,
  homeWhereabouts,
  homeUnmatchedPayments,
  homeOverdueInvoices,
  homeCompany,
  homeMarketing,
  // "Хто дзвонить?" and the quick form "Нове звернення" (src/admin/pages/caller)
  caller,
  callerForm,
  callerRequest,
  // bank statements (issue 11): import with preview, the original file
  bankStatementImport,
  bankStatementFile,
  // reports (issue 12): the list, one report on screen or in Excel, its template to edit and upload
  reports,
  reportRun,
  reportTemplate,
  reportTemplateUpload,
  reportTemplateRemove,
});

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    await (strapi.service('admin::permission') as any).actionProvider.registerMany(actionProviderEntries());
  },
  bootstrap() {},
  controllers: { kit: controller },
  routes: { admin: { type: 'admin', routes } },
};
