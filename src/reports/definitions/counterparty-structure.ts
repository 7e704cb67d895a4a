import { UID } from '../../access/uids';
import { defineReport } from '../../domain/reports';
import { nameOf } from '../../domain/reports/catalog/common';
import { CounterpartyRecord, counterpartyStructureReport, counterpartyStructureSheets } from '../../domain/reports/catalog/counterparty-structure';
import { crmReport } from '../crm-report';
import { ReportQueryContext, visibleWhere, whenGiven } from '../report-context';

async function counterpartyRecords(parameters: { kind: string[] | null; state: string[] | null }, context: ReportQueryContext): Promise<CounterpartyRecord[]> {
  const where = visibleWhere(context, UID.counterparty, {
    $and: [
      parameters.kind ? { kind: { $in: parameters.kind } } : {},
      parameters.state ? { state: { $in: parameters.state } } : {},
      whenGiven(context, 'manager', (ids) => ({ manager: { id: { $in: ids } } })),
      whenGiven(context, 'department', (ids) => ({ department: { id: { $in: ids } } })),
    ],
  });
  if (where === null) return [];
  const counterparties: any[] = await context.strapi.db.query(UID.counterparty as any).findMany({
    where,
    select: ['id', 'kind'],
    populate: {
      industry: { select: ['name'] },
      marketSegment: { select: ['name'] },
      region: { select: ['name'] },
      manager: { select: ['fullName'] },
    },
    orderBy: [{ id: 'asc' }],
  });
  return counterparties.map((counterparty) => ({
    kind: counterparty.kind ?? null,
    industry: nameOf(counterparty.industry),
    segment: nameOf(counterparty.marketSegment),
    region: nameOf(counterparty.region),
    manager: nameOf(counterparty.manager, 'fullName'),
  }));
}

export default crmReport({
  reads: { [UID.counterparty]: ['kind', 'state', 'industry', 'marketSegment', 'region', 'manager', 'department'] },
  definition: defineReport<any, any, ReportQueryContext>({
    ...counterpartyStructureReport,
    query: async (parameters, context) => counterpartyStructureSheets(await counterpartyRecords(parameters, context)),
  }),
});
