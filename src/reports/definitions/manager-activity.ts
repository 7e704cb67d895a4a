import { UID } from '../../access/uids';
import { defineReport } from '../../domain/reports';
import { nameOf } from '../../domain/reports/catalog/common';
import { EmployeeRef, managerActivityReport, managerActivitySheets, ManagerActivitySources } from '../../domain/reports/catalog/manager-activity';
import { DateSpan, dateSpanToInstants } from '../../domain/time';
import { crmReport } from '../crm-report';
import { readInChunks } from '../in-chunks';
import { ReportQueryContext, visibleWhere, whenGiven } from '../report-context';

const NEVER_SOLD_STATES = ['draft', 'cancelled'];
const EMPLOYEE_POPULATE = { select: ['id', 'fullName'] };

const employeeRef = (employee: any): EmployeeRef | null => (employee?.id === undefined ? null : { id: employee.id, name: nameOf(employee, 'fullName') });

/** Rows of `uid` matching `filters` among those the caller may read; none when they may read none. */
async function visibleRows(context: ReportQueryContext, uid: string, filters: Record<string, unknown>, query: { select: string[]; populate?: Record<string, unknown> }): Promise<any[]> {
  const where = visibleWhere(context, uid, filters);
  if (where === null) return [];
  return context.strapi.db.query(uid as any).findMany({ where, ...query, orderBy: [{ id: 'asc' }] });
}

async function activitySources(parameters: { period: DateSpan; currency: string }, context: ReportQueryContext): Promise<ManagerActivitySources> {
  const { period } = parameters;
  // datetimes are instants: the period's local days in the business zone
  const range = dateSpanToInstants(period, context.timeZone);
  const within = { $gte: range.start.toISOString(), $lt: range.end.toISOString() };
  const byEmployee = (field: string) => whenGiven(context, 'manager', (ids) => ({ [field]: { id: { $in: ids } } }));
  const refs = <T>(rows: any[], employeeOf: (row: any) => any, build: (row: any, employee: EmployeeRef) => T): T[] =>
    rows.flatMap((row) => {
      const employee = employeeRef(employeeOf(row));
      return employee ? [build(row, employee)] : [];
    });

  const done = await visibleRows(context, UID.interaction, { $and: [{ state: 'done' }, { occurredAt: within }, byEmployee('employee')] }, { select: ['id', 'kind'], populate: { employee: EMPLOYEE_POPULATE } });

  // a next contact is planned by a contact that took place (the chronicle makes its follow-up then): a
  // contact still planned itself has planned nothing yet, whatever its nextContactAt says
  const planning = await visibleRows(
    context,
    UID.interaction,
    { $and: [{ nextContactAt: within }, { state: { $ne: 'planned' } }, byEmployee('employee')] },
    { select: ['id', 'nextContactAt'], populate: { employee: EMPLOYEE_POPULATE } },
  );
  const followUps = await readInChunks(
    planning.map((row) => row.id),
    (slice) => visibleRows(context, UID.interaction, { followUpOf: { id: { $in: slice } } }, { select: ['id', 'state'], populate: { followUpOf: { select: ['id'] } } }),
  );
  const followUpStateOf = new Map<number, string | null>(followUps.map((row) => [row.followUpOf?.id, row.state ?? null]));

  const requests = await visibleRows(
    context,
    UID.inboundRequest,
    { $and: [{ state: 'done' }, { doneAt: within }, byEmployee('assignee')] },
    { select: ['id', 'receivedAt', 'readAt', 'doneAt'], populate: { assignee: EMPLOYEE_POPULATE } },
  );

  const counterparties = await visibleRows(context, UID.counterparty, { $and: [{ createdAt: within }, byEmployee('manager')] }, { select: ['id'], populate: { manager: EMPLOYEE_POPULATE } });

  // a sale is its manager's as in the sales report: who issued the invoice, else the client's manager
  const sellerOf = (invoice: any) => invoice?.author ?? invoice?.counterparty?.manager;
  const invoicePopulate = { author: EMPLOYEE_POPULATE, counterparty: { select: ['id'], populate: { manager: EMPLOYEE_POPULATE } } };
  const invoices = await visibleRows(
    context,
    UID.invoice,
    { $and: [{ date: { $gte: period.from, $lte: period.to } }, { state: { $notIn: NEVER_SOLD_STATES } }, { currency: parameters.currency }, byEmployee('author')] },
    { select: ['id', 'total'], populate: invoicePopulate },
  );
  const payments = await visibleRows(
    context,
    UID.payment,
    {
      $and: [
        { date: { $gte: period.from, $lte: period.to } },
        { direction: 'incoming' },
        { currency: parameters.currency },
        { invoice: { id: { $notNull: true }, currency: parameters.currency } },
        whenGiven(context, 'manager', (ids) => ({ invoice: { author: { id: { $in: ids } } } })),
      ],
    },
    { select: ['id', 'amount'], populate: { invoice: { select: ['id'], populate: invoicePopulate } } },
  );

  const askedFor = context.ids('manager');
  const employees =
    askedFor === null ? [] : await visibleRows(context, UID.employee, { id: { $in: askedFor } }, { select: ['id', 'fullName'] });

  return {
    interactions: refs(done, (row) => row.employee, (row, employee) => ({ employee, kind: row.kind ?? null })),
    plannedContacts: refs(planning, (row) => row.employee, (row, employee) => ({ employee, nextContactAt: row.nextContactAt, followUpState: followUpStateOf.get(row.id) ?? null })),
    requests: refs(requests, (row) => row.assignee, (row, employee) => ({ employee, receivedAt: row.receivedAt, readAt: row.readAt ?? null, doneAt: row.doneAt ?? null })),
    newCounterparties: refs(counterparties, (row) => row.manager, (_row, employee) => employee),
    invoices: refs(invoices, sellerOf, (row, employee) => ({ employee, total: row.total })),
    payments: refs(payments, (row) => sellerOf(row.invoice), (row, employee) => ({ employee, amount: row.amount })),
    employees: employees.map((row) => ({ id: row.id, name: nameOf(row, 'fullName') })),
  };
}

export default crmReport({
  reads: {
    [UID.interaction]: ['kind', 'state', 'occurredAt', 'employee', 'nextContactAt', 'followUpOf'],
    [UID.inboundRequest]: ['state', 'receivedAt', 'readAt', 'doneAt', 'assignee'],
    [UID.counterparty]: ['manager'],
    [UID.invoice]: ['date', 'state', 'currency', 'total', 'author', 'counterparty'],
    [UID.payment]: ['date', 'amount', 'direction', 'currency', 'invoice'],
  },
  definition: defineReport<any, any, ReportQueryContext>({
    ...managerActivityReport,
    query: async (parameters, context) => {
      const todayStart = dateSpanToInstants({ from: context.today, to: context.today }, context.timeZone).start;
      return managerActivitySheets(await activitySources(parameters, context), todayStart);
    },
  }),
});
