import { availabilityOf } from './availability';
import { compareEmployees, isActive, Org } from './org';
import type { RoutingContext, RoutingEmployee } from './types';

export interface DutyChoice {
  employee: RoutingEmployee;
  openRequests: number;
}

/**
 * The department's duty person: of its active members (not those of its sub-departments: a team's work
 * stays in the team) who are at work by the schedule, the one with the fewest open requests; a tie goes to
 * the first by name, then by id, so the same data always gives the same person. Null when nobody is at work.
 */
export function dutyPerson(org: Org, departmentId: string, context: RoutingContext, checkedAt: Date): DutyChoice | null {
  const load = (e: RoutingEmployee) => Math.max(0, Number(context.openRequests[e.id]) || 0);
  const candidates = org
    .membersOf(departmentId)
    .filter((e) => isActive(e) && availabilityOf(e, context, checkedAt).available)
    .sort((a, b) => load(a) - load(b) || compareEmployees(a, b));
  return candidates.length > 0 ? { employee: candidates[0], openRequests: load(candidates[0]) } : null;
}
