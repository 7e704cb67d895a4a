import type { Rules } from '../domain/identifiers';
import { normalizeRecord, counterpartyRules, contactPersonRules, employeeRules, inboundRequestRules } from '../domain/identifiers';
import { DocumentMiddlewareFactory, writtenData } from './types';
import { toValidationError } from './validation-error';

const RULES_BY_UID: Record<string, Rules> = {
  'api::counterparty.counterparty': counterpartyRules,
  'api::contact-person.contact-person': contactPersonRules,
  'api::employee.employee': employeeRules,
  'api::inbound-request.inbound-request': inboundRequestRules,
};

/** Refuses bad ЄДРПОУ/РНОКПП/IBAN/МФО/phones before anything is written and stores their normalized form. */
export const identifierRules: DocumentMiddlewareFactory = () => async (ctx, next) => {
  const rules = RULES_BY_UID[ctx.uid];
  const data = rules ? writtenData(ctx) : null;
  if (data) {
    const { data: normalized, issues } = normalizeRecord(rules, data);
    if (issues.length > 0) throw toValidationError(issues, { uid: ctx.uid });
    (ctx.params as { data: Record<string, unknown> }).data = normalized;
  }
  return next();
};
