import { availabilityInstant, availabilityOf } from './availability';
import { dutyPerson } from './duty';
import { departmentHead, makeOrg } from './org';
import { reasonText } from './reason';
import { firstMatchingRule } from './rules';
import type { RoutingContext, RoutingDecision, RoutingPath, RoutingRequest } from './types';

/**
 * Where a new request goes, whatever its channel (issue 10):
 *   1. the first matching rule (rules.ts): its employee if at work, else the duty person of its department
 *      (the rule's, else that employee's);
 *   2. no rule: the client's responsible manager if at work, else the duty person of the manager's
 *      department (else the client's);
 *   3. no manager: the duty person of the client's department, else of the configured default department;
 *   4. nobody of that department at work: its head (up the tree when it has none), and the request is
 *      flagged; no head or no department at all: unassigned and flagged.
 * "At work" is judged by the schedule at `now`, or at the next opening for a request that came outside
 * working hours (availability.ts). The reason says all of it in Ukrainian.
 */
export function routeRequest(request: RoutingRequest, context: RoutingContext): RoutingDecision {
  const org = makeOrg(context.employees, context.departments);
  const checkedAt = availabilityInstant(context);
  const note = checkedAt.getTime() === context.now.getTime() ? '' : `; ${reasonText.afterHours(checkedAt, context.time.timeZone)}`;
  const decide = (
    path: RoutingPath,
    assigneeId: string | null,
    targetDepartmentId: string | null,
    ruleId: string | null,
    reason: string,
  ): RoutingDecision => ({
    assigneeId,
    targetDepartmentId,
    ruleId,
    path,
    flagged: path === 'head' || path === 'unassigned',
    reason: reason + note,
    checkedAt,
  });

  /** The duty person of a department, else its head (flagged), else nobody (flagged). */
  const viaDuty = (departmentId: string | null | undefined, path: RoutingPath, lead: string, ruleId: string | null): RoutingDecision => {
    const department = org.department(departmentId);
    if (!department) return decide('unassigned', null, null, ruleId, `${lead} → ${reasonText.noDepartment}`);
    const duty = dutyPerson(org, department.id, context, checkedAt);
    if (duty) return decide(path, duty.employee.id, department.id, ruleId, `${lead} → ${reasonText.duty(department.name, duty.openRequests)}`);
    const nobody = `${lead} → ${reasonText.nobodyAtWork(department.name)}`;
    const head = departmentHead(org, department.id);
    if (!head) return decide('unassigned', null, department.id, ruleId, `${nobody} → ${reasonText.noHead}`);
    return decide('head', head.id, department.id, ruleId, `${nobody} → ${reasonText.head(head.fullName)}`);
  };

  const rule = firstMatchingRule(context.rules, request);
  if (rule) {
    const lead = reasonText.rule(rule.name);
    if (!rule.targetEmployeeId) return viaDuty(rule.targetDepartmentId, 'rule-duty', lead, rule.id);
    const person = org.employee(rule.targetEmployeeId);
    const availability = availabilityOf(person, context, checkedAt);
    if (person && availability.available) {
      return decide('rule-employee', person.id, rule.targetDepartmentId || person.departmentId || null, rule.id, lead);
    }
    const away = `${lead}; ${reasonText.away(person?.fullName ?? null, availability.absence!)}`;
    return viaDuty(rule.targetDepartmentId || person?.departmentId, 'rule-duty', away, rule.id);
  }

  if (request.managerId) {
    const manager = org.employee(request.managerId);
    const availability = availabilityOf(manager, context, checkedAt);
    if (manager && availability.available) {
      return decide('manager', manager.id, manager.departmentId || request.departmentId || null, null, reasonText.manager);
    }
    const away = reasonText.managerAway(manager?.fullName ?? null, availability.absence!);
    return viaDuty(manager?.departmentId || request.departmentId || context.defaultDepartmentId, 'manager-duty', away, null);
  }

  if (request.departmentId) return viaDuty(request.departmentId, 'department-duty', reasonText.counterpartyDepartment, null);
  return viaDuty(context.defaultDepartmentId, 'default-duty', reasonText.defaultDepartment, null);
}
