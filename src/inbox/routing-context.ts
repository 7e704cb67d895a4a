import type { Core } from '@strapi/strapi';
import { OPEN_REQUEST_STATES } from '../domain/inbox';
import { referenceColumnName } from '../access/access-columns';
import { availabilityInstant, RoutingContext, RoutingRule } from '../domain/routing';
import { businessTime } from '../time/business-time';
import { loadDepartments, loadEmployees, loadScheduleBetween } from './org';
import { docIdOf } from './refs';
import { inboxSettings } from './settings';
import { DEPARTMENT, INBOUND_REQUEST, ROUTING_RULE } from './uids';

/** The active routing rules with their conditions, flattened (domain/routing/types.ts). */
export async function loadRoutingRules(strapi: Core.Strapi): Promise<RoutingRule[]> {
  const rows: any[] = await strapi.db.query(ROUTING_RULE as any).findMany({
    where: { active: { $ne: false } },
    select: ['documentId', 'name', 'priority', 'active'],
    populate: {
      conditions: { populate: { businessLine: { select: ['documentId'] } } },
      targetDepartment: { select: ['documentId'] },
      targetEmployee: { select: ['documentId'] },
    },
  });
  return rows.map((row) => ({
    id: row.documentId,
    name: row.name ?? '',
    priority: row.priority,
    active: row.active,
    conditions: row.conditions
      ? {
          businessLineId: docIdOf(row.conditions.businessLine),
          channel: row.conditions.channel ?? null,
          counterpartyKind: row.conditions.counterpartyKind ?? null,
          keywords: row.conditions.keywords ?? null,
        }
      : null,
    targetDepartmentId: docIdOf(row.targetDepartment),
    targetEmployeeId: docIdOf(row.targetEmployee),
  }));
}

/**
 * Open requests per employee (documentId): the duty person is the one with the fewest. Counted per assignee
 * from the open states' range of the (state, assignee) index alone (src/access/access-columns.ts), then
 * named, so an intake does not join every open request to its employee.
 */
export async function openRequestCounts(strapi: Core.Strapi): Promise<Record<string, number>> {
  const meta: any = strapi.db.metadata.get(INBOUND_REQUEST as any);
  const assigneeColumn: string = meta.attributes[referenceColumnName('assignee')].columnName;
  const employeeTable: string = strapi.db.metadata.get('api::employee.employee' as any).tableName;
  const schema = strapi.db.getSchemaName();
  const table = (name: string) => (schema ? `${schema}.${name}` : name);
  // On the transaction of the write when there is one (SQLite has one connection: another would wait for it).
  const rows: any[] = await strapi.db.transaction(({ trx }) => {
    const perAssignee = trx
      .select({ assignee: assigneeColumn })
      .count({ open: '*' })
      .from(table(meta.tableName))
      .whereIn('state', [...OPEN_REQUEST_STATES])
      .whereNotNull(assigneeColumn)
      .groupBy(assigneeColumn)
      .as('loads');
    return trx.select('e.document_id as employee', 'loads.open').from(perAssignee).join({ e: table(employeeTable) }, 'e.id', 'loads.assignee');
  });
  return Object.fromEntries(rows.map((row) => [row.employee, Number(row.open)]));
}

/** The configured default department (VITRYLO_DEFAULT_DEPARTMENT: a documentId or a name), or null. */
async function defaultDepartmentId(strapi: Core.Strapi): Promise<string | null> {
  const wanted = inboxSettings(strapi).defaultDepartment;
  if (!wanted) return null;
  const row: any = await strapi.db.query(DEPARTMENT as any).findOne({ where: { $or: [{ documentId: wanted }, { name: { $eqi: wanted } }] }, select: ['documentId'] });
  if (!row) strapi.log.warn(`VITRYLO_DEFAULT_DEPARTMENT: no department "${wanted}"; requests nobody else takes stay unassigned`);
  return row?.documentId ?? null;
}

/** Everything routing reads for a request arriving at `now`: rules, people, schedule, loads. */
export async function loadRoutingContext(strapi: Core.Strapi, now: Date): Promise<RoutingContext> {
  const time = businessTime(strapi);
  const checkedAt = availabilityInstant({ now, time });
  const [rules, employees, departments, schedule, openRequests, defaultDepartment] = [
    await loadRoutingRules(strapi),
    await loadEmployees(strapi),
    await loadDepartments(strapi),
    // entries covering `now` or the next opening (availability.ts)
    await loadScheduleBetween(strapi, now, new Date(checkedAt.getTime() + 1)),
    await openRequestCounts(strapi),
    await defaultDepartmentId(strapi),
  ];
  return { now, time, rules, employees, departments, schedule, openRequests, defaultDepartmentId: defaultDepartment };
}
