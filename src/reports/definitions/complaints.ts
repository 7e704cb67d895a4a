import { UID } from '../../access/uids';
import { defineReport } from '../../domain/reports';
import { nameOf } from '../../domain/reports/catalog/common';
import { ComplaintRecord, complaintsReport, complaintsSheets } from '../../domain/reports/catalog/complaints';
import { DateSpan, dateSpanToInstants } from '../../domain/time';
import { enumCaption } from '../../type-meta';
import { crmReport } from '../crm-report';
import { ReportQueryContext, visibleWhere } from '../report-context';

async function complaintRecords(parameters: { period: DateSpan }, context: ReportQueryContext): Promise<ComplaintRecord[]> {
  const range = dateSpanToInstants(parameters.period, context.timeZone);
  const where = visibleWhere(context, UID.complaint, { receivedAt: { $gte: range.start.toISOString(), $lt: range.end.toISOString() } });
  if (where === null) return [];
  const complaints: any[] = await context.strapi.db.query(UID.complaint as any).findMany({
    where,
    select: ['id', 'category', 'severity', 'state', 'receivedAt', 'resolvedAt', 'cost'],
    populate: { responsible: { select: ['fullName'] } },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
  });
  const caption = (field: string, value: string | null | undefined) => (value ? enumCaption(UID.complaint, field, value) : null);
  return complaints.map((complaint) => ({
    category: caption('category', complaint.category),
    severity: caption('severity', complaint.severity),
    responsible: nameOf(complaint.responsible, 'fullName'),
    state: complaint.state ?? null,
    receivedAt: complaint.receivedAt ?? null,
    resolvedAt: complaint.resolvedAt ?? null,
    cost: complaint.cost ?? null,
  }));
}

export default crmReport({
  reads: { [UID.complaint]: ['receivedAt', 'category', 'severity', 'state', 'resolvedAt', 'cost', 'responsible'] },
  definition: defineReport<any, any, ReportQueryContext>({
    ...complaintsReport,
    query: async (parameters, context) => complaintsSheets(await complaintRecords(parameters, context)),
  }),
});
