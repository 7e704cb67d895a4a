import { UID } from '../../access/uids';
import { defineReport } from '../../domain/reports';
import { nameOf } from '../../domain/reports/catalog/common';
import { RefusalRecord, refusalsReport, refusalsSheets } from '../../domain/reports/catalog/refusals';
import type { DateSpan } from '../../domain/time';
import { crmReport } from '../crm-report';
import { readInChunks } from '../in-chunks';
import { ReportQueryContext, visibleWhere, whenGiven } from '../report-context';

/** What a competitor the caller may not read is called: a refusal they see does not open its competitor's card. */
export const HIDDEN_COMPETITOR = '(немає доступу)';

/** The ids among `ids` of the counterparties the caller may read. */
async function readableCounterparties(context: ReportQueryContext, ids: number[]): Promise<Set<number>> {
  const rows = await readInChunks(ids, async (slice) => {
    const where = visibleWhere(context, UID.counterparty, { id: { $in: slice } });
    if (where === null) return [];
    return context.strapi.db.query(UID.counterparty as any).findMany({ where, select: ['id'] }) as Promise<any[]>;
  });
  return new Set(rows.map((row) => row.id));
}

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
  const competitorIds = [...new Set(refusals.map((refusal) => refusal.competitor?.id).filter((id): id is number => id !== undefined))];
  const readable = await readableCounterparties(context, competitorIds);
  return refusals.map((refusal) => ({
    kind: refusal.kind ?? null,
    lossReason: nameOf(refusal.lossReason),
    competitor: refusal.competitor ? (readable.has(refusal.competitor.id) ? nameOf(refusal.competitor) : HIDDEN_COMPETITOR) : null,
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
