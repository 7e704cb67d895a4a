import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './document-middlewares';
import { syncContentManagerViews } from './content-manager-views/sync-content-manager-views';
import { registerLineSummaries } from './content-manager-views/line-summaries';
import { lockPublicRole } from './rest-api/lock-public-role';
import { generateOpenApiDocumentInProduction } from './rest-api/openapi-document';
import { registerOpenApiOverrides } from './rest-api/openapi-overrides';
import { bootstrapAccess, registerAccess } from './access';
import { adminRoutes } from './access/admin-route-guard';
import { answerOneParentLists } from './lists/one-parent-list-route';
import { fillInvoiceNumberKeys } from './database/fill-invoice-number-keys';
import { fillAccessColumns } from './database/fill-access-columns';
import { businessTime } from './time/business-time';
import { widenMoneyColumns } from './database/widen-money-columns';
import { bootstrapSearch, registerSearch } from './search';
import { inboxSettings } from './inbox/settings';
import { ensureEmailIndexes } from './inbox/email-indexes';
import { ensureLinkOrderIndexes } from './database/link-order-indexes';
import { reportMailSetup } from './mail/notification-mail';
import { nameStrapiRolesInUkrainian } from './workspace/strapi-role-names';
import { ensureBankIndexes } from './bank/bank-indexes';
import { countStatementPayments } from './bank/statement-payments-count';
import { numberPatterns } from './documents/numbering-middleware';
import { prepareNumberSequences } from './documents/number-sequences';
import { preparePrivateFiles } from './private-files/private-file-store';
import { emitEntryEventsOnlyWhenHeard } from './database/entry-events-when-heard';
import { runReadsWithoutTransactions } from './database/reads-without-transaction';
import { rememberDeepPopulate } from './content-manager-views/deep-populate-memo';
import { rememberValidParams } from './database/valid-params-memo';
import { buildBodyParserOnce } from './server/body-parser-once';
import { workOutSecurityHeadersOnce } from './server/security-once';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    businessTime(strapi); // a wrong VITRYLO_TIME_ZONE or VITRYLO_WORKING_HOURS stops the start here
    inboxSettings(strapi); // and so does a wrong VITRYLO_SLA or VITRYLO_REMINDER_TIME
    numberPatterns(strapi); // and a wrong VITRYLO_INVOICE_NUMBER_PATTERN or VITRYLO_CONTRACT_NUMBER_PATTERN
    emitEntryEventsOnlyWhenHeard(strapi);
    runReadsWithoutTransactions(strapi);
    rememberDeepPopulate(strapi);
    rememberValidParams(strapi);
    buildBodyParserOnce(strapi);
    workOutSecurityHeadersOnce(strapi);
    registerDocumentMiddlewares(strapi);
    registerOpenApiOverrides(strapi);
    registerAccess(strapi);
    // after registerAccess: it answers inside the content-manager guard, which checks its filters and trims its answer
    answerOneParentLists(strapi, adminRoutes(strapi).filter(({ name }) => name.startsWith('content-manager.')).map(({ route }) => route));
    registerLineSummaries(strapi); // after registerAccess: it must wrap the access guards
    registerSearch(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // First: anything later in bootstrap may write amounts that only fit the widened columns.
    await widenMoneyColumns(strapi);
    await fillInvoiceNumberKeys(strapi);
    await fillAccessColumns(strapi);
    await bootstrapSearch(strapi);
    await ensureEmailIndexes(strapi);
    await ensureBankIndexes(strapi);
    await ensureLinkOrderIndexes(strapi);
    countStatementPayments(strapi);
    // Vitrylo's own tables, made before any transaction needs them
    await prepareNumberSequences(strapi);
    await preparePrivateFiles(strapi);
    await syncContentManagerViews(strapi);
    await lockPublicRole(strapi);
    await generateOpenApiDocumentInProduction(strapi);
    await bootstrapAccess(strapi);
    reportMailSetup(strapi);
    await nameStrapiRolesInUkrainian(strapi);
  },
};
