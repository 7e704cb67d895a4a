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
  const done = (decision: Omit<RoutingDecision, 'checkedAt' | 'reason'> & { reason: string }): RoutingDecision => ({
    ...decision,
    reason: decision.reason + note,
    checkedAt,
  });

  /** The duty person of a department, else its head (flagged), else nobody (flagged). */
  const viaDuty = (departmentId: string | null | undefined, path: RoutingPath, lead: string, ruleId: string | null): RoutingDecision => {
    const department = org.department(departmentId);
    if (!department) return done({ assigneeId: null, targetDepartmentId: null, ruleId, path: 'unassigned', flagged: true, reason: `${lead} → ${reasonText.noDepartment}` });
    const duty = dutyPerson(org, department.id, context, checkedAt);
    if (duty) {
      return done({
        assigneeId: duty.employee.id,
        targetDepartmentId: department.id,
        ruleId,
        path,
        flagged: false,
        reason: `${lead} → ${reasonText.duty(department.name, duty.openRequests)}`,
      });
    }
    const nobody = `${lead} → ${reasonText.nobodyAtWork(department.name)}`;
    const head = departmentHead(org, department.id);
    if (!head) return done({ assigneeId: null, targetDepartmentId: department.id, ruleId, path: 'unassigned', flagged: true, reason: `${nobody} → ${reasonText.noHead}` });
    return done({ assigneeId: head.id, targetDepartmentId: department.id, ruleId, path: 'head', flagged: true, reason: `${nobody} → ${reasonText.head(head.fullName)}` });
  };

  const rule = firstMatchingRule(context.rules, request);
  if (rule) {
    const lead = reasonText.rule(rule.name);
    if (!rule.targetEmployeeId) return viaDuty(rule.targetDepartmentId, 'rule-duty', lead, rule.id);
    const person = org.employee(rule.targetEmployeeId);
    const availability = availabilityOf(person, context, checkedAt);
    if (person && availability.available) {
      return done({ assigneeId: person.id, targetDepartmentId: rule.targetDepartmentId || person.departmentId || null, ruleId: rule.id, path: 'rule-employee', flagged: false, reason: lead });
    }
    const away = `${lead}; ${reasonText.away(person?.fullName ?? null, availability.absence!)}`;
    return viaDuty(rule.targetDepartmentId || person?.departmentId, 'rule-duty', away, rule.id);
  }

  if (request.managerId) {
    const manager = org.employee(request.managerId);
    const availability = availabilityOf(manager, context, checkedAt);
    if (manager && availability.available) {
      return done({ assigneeId: manager.id, targetDepartmentId: manager.departmentId || request.departmentId || null, ruleId: null, path: 'manager', flagged: false, reason: reasonText.manager });
    }
    const away = reasonText.managerAway(manager?.fullName ?? null, availability.absence!);
    return viaDuty(manager?.departmentId || request.departmentId || context.defaultDepartmentId, 'manager-duty', away, null);
  }

  if (request.departmentId) return viaDuty(request.departmentId, 'department-duty', reasonText.counterpartyDepartment, null);
  return viaDuty(context.defaultDepartmentId, 'default-duty', reasonText.defaultDepartment, null);
}

