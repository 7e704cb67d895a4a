export type {
  RoutingRequest,
  RoutingCondition,
  RoutingRule,
  RoutingEmployee,
  RoutingDepartment,
  RoutingContext,
  RoutingPath,
  RoutingDecision,
} from './types';
export { foldText, parseKeywords, matchesKeywords } from './keywords';
export { DEFAULT_RULE_PRIORITY, orderRules, requestCounterpartyKind, ruleMatches, firstMatchingRule } from './rules';
export { makeOrg, isActive, compareEmployees, departmentHead } from './org';
export type { Org } from './org';
export { availabilityInstant, availabilityOf } from './availability';
export type { Absence, Availability } from './availability';
export { dutyPerson } from './duty';
export type { DutyChoice } from './duty';
export { reasonText, absencePhrase } from './reason';
export { routeRequest } from './route';
export { FORWARD_REASON_MAX, readForwardHistory, forwardRequest, departmentForwardTarget } from './forward';
export type { DepartmentForwardTarget, ForwardRecord, ForwardInput, ForwardableRequest, ForwardChanges, ForwardResult } from './forward';
