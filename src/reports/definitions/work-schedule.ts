import { UID } from '../../access/uids';
import { defineReport } from '../../domain/reports';
import { nameOf } from '../../domain/reports/catalog/common';
import { ScheduleSource, workScheduleReport, workScheduleSheets } from '../../domain/reports/catalog/work-schedule';
import { DateSpan, dateSpanToInstants } from '../../domain/time';
import { crmReport } from '../crm-report';
import { nameIfVisible, visibleIdsAmong } from '../hidden-names';
import { ReportQueryContext, visibleWhere, whenGiven } from '../report-context';

/** The schedule entries that overlap the period, as the caller may see them (their own, their department's). */
async function scheduleEntries(period: DateSpan, context: ReportQueryContext): Promise<ScheduleSource[]> {
  const { start, end } = dateSpanToInstants(period, context.timeZone);
  const where = visibleWhere(context, UID.scheduleEntry, {
    $and: [
      { start: { $lt: end.toISOString() } },
      { end: { $gt: start.toISOString() } },
      whenGiven(context, 'employee', (ids) => ({ employee: { id: { $in: ids } } })),
      whenGiven(context, 'department', (ids) => ({ employee: { department: { id: { $in: ids } } } })),
    ],
  });
  if (where === null) return [];
  const entries: any[] = await context.strapi.db.query(UID.scheduleEntry as any).findMany({
    where,
    select: ['id', 'start', 'end', 'kind', 'city', 'organization', 'purpose'],
    populate: { employee: { select: ['fullName'] }, counterparty: { select: ['id', 'name'] } },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
  });
  const clients = await visibleIdsAmong(context, UID.counterparty, entries.map((entry) => entry.counterparty?.id));
  return entries.map((entry) => ({
    employee: nameOf(entry.employee, 'fullName'),
    kind: entry.kind ?? null,
    start: new Date(entry.start),
    end: new Date(entry.end),
    place: nameIfVisible(clients, entry.counterparty?.id, nameOf(entry.counterparty)) ?? nameOf(entry, 'city') ?? nameOf(entry, 'organization'),
    purpose: entry.purpose ?? null,
  }));
}

export default crmReport({
  reads: { [UID.scheduleEntry]: ['employee', 'start', 'end', 'kind', 'counterparty', 'city', 'organization', 'purpose'] },
  definition: defineReport<any, any, ReportQueryContext>({
    ...workScheduleReport,
    query: async (parameters, context) => workScheduleSheets(await scheduleEntries(parameters.period, context), parameters.period, context.timeZone),
  }),
});
