import { matchesKeywords, parseKeywords } from './keywords';
import type { RoutingRule, RoutingRequest } from './types';

export const DEFAULT_RULE_PRIORITY = 100;

const collator = new Intl.Collator('uk');

/**
 * Rules in the order they are tried: priority ascending (1 before 100, like the order of firewall rules;
 * the schema's default 100 puts unranked rules last), then by name, then by id, so two rules of equal
 * priority are tried in the same order on every server and every run.
 */
export function orderRules(rules: readonly RoutingRule[]): RoutingRule[] {
  const priority = (rule: RoutingRule) => (Number.isFinite(rule.priority) ? Number(rule.priority) : DEFAULT_RULE_PRIORITY);
  return [...rules].sort((a, b) => priority(a) - priority(b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The counterparty kind a request counts as for rule conditions: an unknown caller counts as a prospect,
 * since that is what one action on the request makes them (issue 10), so a rule "prospects → sales" also
 * catches people who are not in the base yet.
 */
export function requestCounterpartyKind(request: RoutingRequest): string {
  return request.counterpartyKind || 'prospect';
}

/** Does the rule apply to the request? Every condition it sets must hold; a rule without a target never applies. */
export function ruleMatches(rule: RoutingRule, request: RoutingRequest): boolean {
  if (rule.active === false) return false;
  if (!rule.targetEmployeeId && !rule.targetDepartmentId) return false; // nowhere to send: an unfinished rule
  const c = rule.conditions ?? {};
  if (c.businessLineId && c.businessLineId !== request.businessLineId) return false;
  if (c.channel && c.channel !== request.channel) return false;
  if (c.counterpartyKind && c.counterpartyKind !== requestCounterpartyKind(request)) return false;
  const keywords = parseKeywords(c.keywords);
  if (keywords.length > 0 && !matchesKeywords(`${request.subject ?? ''}\n${request.message ?? ''}`, keywords)) return false;
  return true;
}

/** The first rule, in order, that applies; null when none does. */
export function firstMatchingRule(rules: readonly RoutingRule[], request: RoutingRequest): RoutingRule | null {
  return orderRules(rules).find((rule) => ruleMatches(rule, request)) ?? null;
}
