import type { Readable } from 'node:stream';
import type { Core, Modules } from '@strapi/strapi';
import { UID } from '../access/uids';
import { staffRequest } from '../access/staff-request';
import { isTrustedWrite } from '../access/trusted-write';
import { visibilityFor } from '../access/visibility';
import { DomainValidationError, FieldIssue } from '../domain/errors';
import { describeDateSpan } from '../domain/format';
import { issue } from '../domain/messages';
import { readReportParameters } from '../domain/reports';
import { checkSchedule, parseRecipients, resolveSubscriptionParameters, subscriptionSubject } from '../domain/reports/subscriptions';
import { localDateOf } from '../domain/time';
import { toValidationError } from '../document-middlewares/validation-error';
import { businessTime } from '../time/business-time';
import { crmActionId } from '../plugins/crm/server/kit/actions';
import { reportByKey } from './catalog';
import { mayRunReport } from './report-access';
import { activeTemplateFile, XLSX_MIME } from './report-templates';
import { prepareRun, reportWorkbook, workbookFileName } from './run-report';

export const REPORT_SUBSCRIPTION = UID.reportSubscription;
/** The right to form reports (the crm plugin's action): an owner without it gets no report mailed either. */
const FORM_REPORTS = crmActionId('reports.read');

/** What a subscription's rules and its run read of the record. */
export interface SubscriptionRecord {
  id: number;
  documentId: string;
  name: string;
  reportKey: string;
  parameters: Record<string, unknown> | null;
  schedule: string;
  recipients: string;
  active: boolean | null;
  lastRunAt: string | null;
  createdAt: string;
  updatedAt: string;
  owner: { id: number; documentId: string } | null;
}

const CHECKED_FIELDS = ['reportKey', 'parameters', 'schedule', 'recipients', 'owner'];
/** Written by the mailing task only. */
const SYSTEM_FIELDS = ['lastRunAt', 'lastError'];

/** A relation as written (documentId, `{ documentId }`, `{ connect: [...] }`, `{ set: [...] }`, null) → the documentId it names. */
function relationDocumentId(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return undefined;
  if (typeof value === 'object') {
    const v = value as any;
    if (typeof v.documentId === 'string') return v.documentId;
    const list = Array.isArray(v.set) ? v.set : Array.isArray(v.connect) ? v.connect : Array.isArray(value) ? value : null;
    if (list) return list.length === 0 ? (Array.isArray(v.set) ? null : undefined) : relationDocumentId(list[list.length - 1]);
    if (Array.isArray(v.disconnect) && v.disconnect.length > 0) return null;
  }
  return undefined;
}

async function ownerRow(strapi: Core.Strapi, value: unknown): Promise<{ id: number; documentId: string } | null> {
  if (typeof value === 'number' || (typeof value === 'object' && value !== null && typeof (value as any).id === 'number' && !(value as any).documentId)) {
    const id = typeof value === 'number' ? value : (value as any).id;
    return strapi.db.query(UID.employee as any).findOne({ where: { id }, select: ['id', 'documentId'] });
  }
  const documentId = relationDocumentId(value);
  if (!documentId) return null;
  return strapi.db.query(UID.employee as any).findOne({ where: { documentId }, select: ['id', 'documentId'] });
}

/** The owner's admin user when they may sign in: the report runs with their rights. */
async function ownerAdminUser(strapi: Core.Strapi, ownerId: number): Promise<any | null> {
  const employee: any = await strapi.db.query(UID.employee as any).findOne({ where: { id: ownerId }, select: ['id', 'active'], populate: { adminUser: { select: ['id', 'isActive', 'blocked'] } } });
  const user = employee?.adminUser;
  if (!user || user.isActive === false || user.blocked === true || employee.active === false) return null;
  return user;
}

/**
 * The checks of what a subscription will hold (stored values merged with the changes): a known report, its
 * parameters as the report reads them (period words allowed), a five-field cron schedule, every recipient an
 * e-mail address, and an owner who may run the report. Each refusal names its field.
 */
export async function subscriptionIssues(strapi: Core.Strapi, draft: { reportKey: unknown; parameters: unknown; schedule: unknown; recipients: unknown; ownerId: number | null }): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const report = typeof draft.reportKey === 'string' ? reportByKey(draft.reportKey.trim()) : undefined;
  if (typeof draft.reportKey !== 'string' || draft.reportKey.trim() === '') issues.push(issue('reportKey', 'required'));
  else if (!report) issues.push(issue('reportKey', 'subscription.unknownReport'));
  const parameters = draft.parameters ?? {};
  if (typeof parameters !== 'object' || Array.isArray(parameters)) issues.push(issue('parameters', 'type.jsonObject'));
  else if (report) {
    try {
      const today = localDateOf(new Date(), businessTime(strapi).timeZone);
      readReportParameters(report.definition, resolveSubscriptionParameters(parameters as Record<string, unknown>, today));
    } catch (error) {
      if (!(error instanceof DomainValidationError)) throw error;
      issues.push(...error.details.map((detail) => ({ ...detail, field: `parameters.${detail.field}` })));
    }
  }
  issues.push(...checkSchedule(draft.schedule));
  issues.push(...parseRecipients(draft.recipients).issues);
  if (draft.ownerId === null) issues.push(issue('owner', 'required'));
  else if (report) {
    const user = await ownerAdminUser(strapi, draft.ownerId);
    const visibility = user ? await visibilityFor(strapi, user) : null;
    if (!visibility || !visibility.ability.can(FORM_REPORTS) || !mayRunReport(visibility, report)) issues.push(issue('owner', 'subscription.ownerMayNotRun'));
  }
  return issues;
}

/**
 * Document middleware: a subscription is checked on create and update as it will be stored; what the
 * mailing task writes (lastRunAt, lastError) is not taken from people. A changed schedule starts afresh:
 * its first run is the first scheduled moment after the change.
 */
export function reportSubscriptionRules(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== REPORT_SUBSCRIPTION || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { data?: Record<string, any>; documentId?: string };
    const data = params?.data;
    if (!data || typeof data !== 'object') return next();
    const byPerson = !isTrustedWrite() && (await staffRequest(strapi)) !== null;
    if (byPerson) for (const field of SYSTEM_FIELDS) delete data[field];
    if (ctx.action === 'update' && !CHECKED_FIELDS.some((field) => field in data)) return next();
    const stored: any =
      ctx.action === 'update' && params.documentId
        ? await strapi.db.query(REPORT_SUBSCRIPTION as any).findOne({ where: { documentId: params.documentId }, populate: { owner: { select: ['id', 'documentId'] } } })
        : null;
    const pick = (field: string) => (field in data ? data[field] : stored?.[field]);
    const owner = 'owner' in data ? await ownerRow(strapi, data.owner) : (stored?.owner ?? null);
    const issues = await subscriptionIssues(strapi, {
      reportKey: pick('reportKey'),
      parameters: pick('parameters'),
      schedule: pick('schedule'),
      recipients: pick('recipients'),
      ownerId: owner?.id ?? null,
    });
    if (issues.length > 0) throw toValidationError(issues, { uid: REPORT_SUBSCRIPTION });
    if (typeof data.reportKey === 'string') data.reportKey = data.reportKey.trim();
    if (typeof data.schedule === 'string') data.schedule = data.schedule.trim().replace(/\s+/g, ' ');
    if (stored && 'schedule' in data && data.schedule !== stored.schedule) data.lastRunAt = null;
    return next();
  };
}

async function toBuffer(output: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(output)) return output;
  const chunks: Buffer[] = [];
  for await (const chunk of output) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export interface SubscriptionMail {
  to: string[];
  subject: string;
  text: string;
  attachment: { filename: string; content: Buffer; contentType: string };
}

/**
 * The report of one subscription, formed now with its owner's rights (a Sales manager's covers only their
 * clients) and its period words resolved on today's date in the business zone, as the mail to send.
 * Throws with a message fit for lastError when it cannot be formed.
 */
export async function subscriptionMail(strapi: Core.Strapi, subscription: SubscriptionRecord, now: Date, timeZone: string): Promise<SubscriptionMail> {
  if (!subscription.owner) throw new Error('підписка не має власника');
  const user = await ownerAdminUser(strapi, subscription.owner.id);
  if (!user) throw new Error('власник підписки не може увійти до системи (немає облікового запису або його вимкнено)');
  const recipients = parseRecipients(subscription.recipients);
  if (recipients.issues.length > 0) throw new Error(`одержувачі: ${recipients.issues.map((i) => i.reason).join('; ')}`);
  const visibility = await visibilityFor(strapi, user);
  if (!visibility.ability.can(FORM_REPORTS)) throw new Error('власник підписки не має права формувати звіти');
  const parameters = resolveSubscriptionParameters(subscription.parameters, localDateOf(now, timeZone));
  const run = await prepareRun(strapi, visibility, subscription.reportKey, parameters, 'uk');
  const content = await toBuffer(await reportWorkbook(run, await activeTemplateFile(strapi, subscription.reportKey)));
  const title = run.report.definition.title.uk;
  const period = run.parameters.period as { from: string; to: string } | null | undefined;
  const periodText = period ? describeDateSpan(period) : null;
  const lines = run.parameterLines.map((line) => `${line.caption}: ${line.text}`);
  return {
    to: recipients.addresses,
    subject: subscriptionSubject(title, periodText),
    text: [`Звіт «${title}» у вкладенні.`, ...lines, '', `Підписка «${subscription.name}» у Vitrylo CRM.`].join('\n'),
    attachment: { filename: workbookFileName(run), content, contentType: XLSX_MIME },
  };
}

export async function sendSubscriptionMail(strapi: Core.Strapi, mail: SubscriptionMail): Promise<void> {
  await (strapi.plugin('email').service('email') as any).send({ to: mail.to.join(', '), subject: mail.subject, text: mail.text, attachments: [mail.attachment] });
}
