import type { Core, Modules } from '@strapi/strapi';
import { advisoryLockKey } from '../domain/cron';
import { findOverlap, overlapIssue, ScheduleEntryDraft, validateScheduleEntry } from '../domain/schedule';
import { toValidationError } from '../document-middlewares/validation-error';
import { loadScheduleBetween } from '../inbox/org';
import { docIdOf, linkedRow } from '../inbox/refs';
import { COUNTERPARTY, EMPLOYEE, SCHEDULE_ENTRY } from '../inbox/uids';
import { businessTime } from '../time/business-time';

const CHECKED_FIELDS = ['employee', 'start', 'end', 'kind', 'counterparty', 'city', 'organization', 'purpose'];

/**
 * Document middleware: a schedule entry is checked on create and update as it will be stored (the stored
 * values merged with the changes) — employee, start, end, kind, end after start, the fields its kind needs
 * — and must not share an instant with another entry of the same employee. Each refusal is a 400 naming
 * the field; an overlap names the entry in the way (domain/schedule). On PostgreSQL the check and the write
 * hold a per-employee advisory lock, so two overlapping saves at the same moment cannot both pass.
 */
export function scheduleEntryRules(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== SCHEDULE_ENTRY || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { data?: Record<string, any>; documentId?: string };
    const data = params?.data;
    if (!data || typeof data !== 'object') return next();
    if (ctx.action === 'update' && !CHECKED_FIELDS.some((field) => field in data)) return next();

    const stored: any =
      ctx.action === 'update' && params.documentId
        ? await strapi.db.query(SCHEDULE_ENTRY as any).findOne({
            where: { documentId: params.documentId },
            populate: { employee: { select: ['id', 'documentId'] }, counterparty: { select: ['documentId'] } },
          })
        : null;
    const pick = (field: string) => (field in data ? data[field] : stored?.[field]);
    const employee = 'employee' in data ? await linkedRow(strapi, EMPLOYEE, data.employee) : stored?.employee ? { id: stored.employee.id, documentId: stored.employee.documentId } : null;
    const counterparty = 'counterparty' in data ? (await linkedRow(strapi, COUNTERPARTY, data.counterparty))?.documentId : docIdOf(stored?.counterparty);
    const draft: ScheduleEntryDraft = {
      employee: employee?.documentId ?? null,
      start: pick('start'),
      end: pick('end'),
      kind: pick('kind'),
      counterparty: counterparty ?? null,
      city: pick('city'),
      organization: pick('organization'),
      purpose: pick('purpose'),
      note: pick('note'),
    };
    const issues = validateScheduleEntry(draft);
    if (issues.length > 0) throw toValidationError(issues, { uid: SCHEDULE_ENTRY });

    return strapi.db.transaction(async ({ trx }) => {
      if (strapi.db.dialect.client === 'postgres') {
        // the kit's key derivation (a 64-bit hash of a prefixed name), on a name no task can have
        await trx.raw('select pg_advisory_xact_lock(?::bigint)', [advisoryLockKey(`schedule-entry:${employee!.id}`).toString()]);
      }
      const start = new Date(draft.start as any);
      const end = new Date(draft.end as any);
      const others = await loadScheduleBetween(strapi, start, end, { employee: { id: employee!.id } });
      const clash = findOverlap({ id: params.documentId ?? null, employeeId: employee!.documentId, start, end }, others);
      if (clash) throw toValidationError([overlapIssue(clash, businessTime(strapi).timeZone)], { uid: SCHEDULE_ENTRY });
      return next();
    });
  };
}
