import { UID } from '../../access/uids';
import { defineReport } from '../../domain/reports';
import { nameOf } from '../../domain/reports/catalog/common';
import { inboundRequestsReport, inboundRequestsSheets, RequestRecord } from '../../domain/reports/catalog/inbound-requests';
import { DateSpan, dateSpanToInstants, localDateOf } from '../../domain/time';
import { enumCaption } from '../../type-meta';
import { crmReport } from '../crm-report';
import { readInChunks } from '../in-chunks';
import { ReportQueryContext, visibleWhere, whenGiven } from '../report-context';

const NEVER_SOLD_STATES = ['draft', 'cancelled'];

/** For each counterparty, the dates of its invoices the caller may see (real ones: no drafts, nothing cancelled). */
async function invoiceDatesByCounterparty(context: ReportQueryContext, counterpartyIds: number[], from: string): Promise<Map<number, string[]>> {
  const dates = new Map<number, string[]>();
  const invoices = await readInChunks(counterpartyIds, async (slice) => {
    const where = visibleWhere(context, UID.invoice, { $and: [{ counterparty: { id: { $in: slice } } }, { state: { $notIn: NEVER_SOLD_STATES } }, { date: { $gte: from } }] });
    if (where === null) return [];
    return context.strapi.db.query(UID.invoice as any).findMany({ where, select: ['id', 'date'], populate: { counterparty: { select: ['id'] } } }) as Promise<any[]>;
  });
  for (const invoice of invoices) {
    const id = invoice.counterparty?.id;
    if (id !== undefined && invoice.date) dates.set(id, [...(dates.get(id) ?? []), invoice.date]);
  }
  return dates;
}

async function requestRecords(parameters: { period: DateSpan }, context: ReportQueryContext): Promise<RequestRecord[]> {
  const range = dateSpanToInstants(parameters.period, context.timeZone);
  const where = visibleWhere(context, UID.inboundRequest, {
    $and: [
      { receivedAt: { $gte: range.start.toISOString(), $lt: range.end.toISOString() } },
      whenGiven(context, 'department', (ids) => ({ targetDepartment: { id: { $in: ids } } })),
    ],
  });
  if (where === null) return [];
  // routing rules are the Director's: others see whether a request was assigned, not by which rule
  const readsRules = context.visibility.can(UID.inboundRequest, 'routingRule') && context.visibility.filter(UID.routingRule) !== null;
  const requests: any[] = await context.strapi.db.query(UID.inboundRequest as any).findMany({
    where,
    select: ['id', 'receivedAt', 'channel', 'state', 'readAt', 'doneAt', 'dueAt', 'overdue', 'flagged', 'forwardHistory'],
    populate: {
      leadSource: { select: ['name'] },
      targetDepartment: { select: ['name'] },
      assignee: { select: ['fullName'] },
      counterparty: { select: ['id'] },
      ...(readsRules ? { routingRule: { select: ['name'] } } : {}),
    },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
  });
  const counterpartyIds = [...new Set(requests.map((request) => request.counterparty?.id).filter((id): id is number => id !== undefined))];
  const invoiceDates = await invoiceDatesByCounterparty(context, counterpartyIds, parameters.period.from);
  return requests.map((request) => {
    const receivedOn = localDateOf(new Date(request.receivedAt), context.timeZone);
    const counterpartyId: number | undefined = request.counterparty?.id;
    return {
      channel: request.channel ? enumCaption(UID.inboundRequest, 'channel', request.channel) : null,
      leadSource: nameOf(request.leadSource),
      department: nameOf(request.targetDepartment),
      assignee: nameOf(request.assignee, 'fullName'),
      state: request.state ?? null,
      receivedAt: request.receivedAt,
      readAt: request.readAt ?? null,
      doneAt: request.doneAt ?? null,
      dueAt: request.dueAt ?? null,
      overdue: request.overdue === true,
      ...(readsRules ? { routingRule: nameOf(request.routingRule) } : {}),
      flagged: request.flagged === true,
      forwards: Array.isArray(request.forwardHistory) ? request.forwardHistory.length : 0,
      hasCounterparty: counterpartyId !== undefined,
      invoiced: counterpartyId !== undefined && (invoiceDates.get(counterpartyId) ?? []).some((date) => date >= receivedOn),
    };
  });
}

export default crmReport({
  reads: {
    [UID.inboundRequest]: ['receivedAt', 'channel', 'leadSource', 'targetDepartment', 'assignee', 'state', 'readAt', 'doneAt', 'dueAt', 'overdue', 'flagged', 'forwardHistory', 'counterparty'],
    [UID.invoice]: ['date', 'state', 'counterparty'],
  },
  definition: defineReport<any, any, ReportQueryContext>({
    ...inboundRequestsReport,
    query: async (parameters, context) => inboundRequestsSheets(await requestRecords(parameters, context), new Date()),
  }),
});
