import type { ScheduleEntry } from '../schedule/entry';
import type { BusinessTime } from '../time/settings';

/**
 * What routing reads, flattened by the glue from the records (relations as documentIds). Nothing here is
 * loaded by routing itself: the service loads the rules, the people of the departments in play, their
 * schedule entries around `now` and their open-request counts, and passes them in.
 */

/** A new inbound request as routing sees it. */
export interface RoutingRequest {
  channel: string;
  businessLineId?: string | null;
  /** kind of the matched counterparty; null for an unknown caller */
  counterpartyKind?: string | null;
  subject?: string | null;
  message?: string | null;
  /** the matched counterparty's responsible manager */
  managerId?: string | null;
  /** the matched counterparty's department */
  departmentId?: string | null;
}

/** The crm.routing-condition component: every condition given must hold; an empty one holds always. */
export interface RoutingCondition {
  businessLineId?: string | null;
  channel?: string | null;
  counterpartyKind?: string | null;
  /** comma-, semicolon- or line-separated words and phrases; any one found in the subject or message matches */
  keywords?: string | null;
}

export interface RoutingRule {
  id: string;
  name: string;
  /** lower first; the schema's default is 100 */
  priority?: number | null;
  /** disabled rules are skipped; absent means active, as the schema's default */
  active?: boolean | null;
  conditions?: RoutingCondition | null;
  targetDepartmentId?: string | null;
  targetEmployeeId?: string | null;
}

export interface RoutingEmployee {
  id: string;
  fullName: string;
  departmentId?: string | null;
  /** absent means active, as the schema's default */
  active?: boolean | null;
  /** a head flag, for data that marks heads on the employee rather than on the department */
  isHead?: boolean | null;
}

export interface RoutingDepartment {
  id: string;
  name: string;
  headId?: string | null;
  parentId?: string | null;
}

export interface RoutingContext {
  now: Date;
  time: BusinessTime;
  rules: readonly RoutingRule[];
  employees: readonly RoutingEmployee[];
  departments: readonly RoutingDepartment[];
  /** entries of the employees in play covering `now` and the next opening (see availability.ts) */
  schedule: readonly ScheduleEntry[];
  /** open (not done, not rejected) requests per employee id; a missing id has none */
  openRequests: Readonly<Record<string, number>>;
  /** where a request goes when no rule matches and the caller has no manager or department (configurable) */
  defaultDepartmentId?: string | null;
}

/** How the assignee was found. */
export type RoutingPath =
  | 'rule-employee'
  | 'rule-duty'
  | 'manager'
  | 'manager-duty'
  | 'department-duty'
  | 'default-duty'
  | 'head'
  | 'unassigned';

export interface RoutingDecision {
  assigneeId: string | null;
  targetDepartmentId: string | null;
  /** the rule that matched, if any */
  ruleId: string | null;
  path: RoutingPath;
  /** nobody was at work (the head got it) or nobody could be found: someone has to look */
  flagged: boolean;
  /** in Ukrainian, for the request's record: "правило «Сервіс»; Петренко Ольга у відпустці → черговий підрозділу «Сервіс»" */
  reason: string;
  /** the instant availability was judged at: `now`, or the next opening when the request came outside working hours */
  checkedAt: Date;
}
