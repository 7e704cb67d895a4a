import { UID } from '../../access/uids';
import { defineReport } from '../../domain/reports';
import { nameOf } from '../../domain/reports/catalog/common';
import { RefusalRecord, refusalsReport, refusalsSheets } from '../../domain/reports/catalog/refusals';
import type { DateSpan } from '../../domain/time';
import { crmReport } from '../crm-report';
import { nameIfVisible, visibleIdsAmong } from '../hidden-names';
import { ReportQueryContext, visibleWhere, whenGiven } from '../report-context';

async function refusalRecords(parameters: { period: DateSpan }, context: ReportQueryContext): Promise<RefusalRecord[]> {
  const where = visibleWhere(context, UID.refusal, {
    $and: [
      { date: { $gte: parameters.period.from, $lte: parameters.period.to } },
      // the refusal is its employee's, else its client's manager's, as the sheet shows it
      whenGiven(context, 'manager', (ids) => ({ $or: [{ employee: { id: { $in: ids } } }, { employee: { id: { $null: true } }, counterparty: { manager: { id: { $in: ids } } } }] })),
    ],
  });
  if (where === null) return [];
  const refusals: any[] = await context.strapi.db.query(UID.refusal as any).findMany({
    where,
    select: ['id', 'kind', 'lostAmount'],
    populate: {
      lossReason: { select: ['name'] },
      competitor: { select: ['id', 'name'] },
      employee: { select: ['fullName'] },
      counterparty: { select: ['id'], populate: { manager: { select: ['fullName'] } } },
    },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
  });
  const readable = await visibleIdsAmong(context, UID.counterparty, refusals.map((refusal) => refusal.competitor?.id));
  return refusals.map((refusal) => ({
    kind: refusal.kind ?? null,
    lossReason: nameOf(refusal.lossReason),
    competitor: nameIfVisible(readable, refusal.competitor?.id, nameOf(refusal.competitor)),
    manager: nameOf(refusal.employee, 'fullName') ?? nameOf(refusal.counterparty?.manager, 'fullName'),
    lostAmount: refusal.lostAmount ?? null,
  }));
}

export default crmReport({
  reads: { [UID.refusal]: ['date', 'kind', 'lossReason', 'competitor', 'lostAmount', 'employee', 'counterparty'] },
  definition: defineReport<any, any, ReportQueryContext>({
    ...refusalsReport,
    query: async (parameters, context) => refusalsSheets(await refusalRecords(parameters, context)),
  }),
});
