import type { FieldIssue } from '../errors';
import { issue } from '../messages/render';
import { callerLookupKeys, withoutTaxpayerCodes } from './lookup-keys';

/**
 * "Зробити потенційним клієнтом": the one action that turns an unknown caller of an inbound request into a
 * prospect with a contact person (issue 10). The prospect is named after the organisation the caller named,
 * else after the caller (a private person); the caller becomes its primary contact person when they gave
 * a name, and then their phone and e-mail are the contact person's (whose they are); without a name they
 * stay on the counterparty, so caller ID finds the number either way. The request's lead source, assignee
 * (as the responsible manager) and target department carry over; an ЄДРПОУ / РНОКПП the request carries
 * becomes the counterparty's (and leaves the name, where the Secretary may have typed it).
 */
export interface UnknownCallerRequest {
  counterpartyId?: string | null;
  callerName?: string | null;
  callerPhone?: string | null;
  callerEmail?: string | null;
  organizationName?: string | null;
  taxpayerCode?: string | null;
  message?: string | null;
  leadSourceId?: string | null;
  assigneeId?: string | null;
  targetDepartmentId?: string | null;
}

export interface ProspectCounterpartyData {
  kind: 'prospect';
  state: 'active';
  name: string;
  edrpou: string | null;
  rnokpp: string | null;
  phone: string | null;
  email: string | null;
  leadSourceId: string | null;
  managerId: string | null;
  departmentId: string | null;
}

export interface ProspectContactData {
  fullName: string;
  phone: string | null;
  email: string | null;
  isPrimary: true;
}

export interface ProspectData {
  counterparty: ProspectCounterpartyData;
  contactPerson: ProspectContactData | null;
}

export type ProspectResult = { ok: true; value: ProspectData; issues?: undefined } | { ok: false; issues: FieldIssue[]; value?: undefined };

/** A string column holds 255 characters. */
const NAME_MAX = 255;
const text = (value: string | null | undefined) => {
  const trimmed = (value ?? '').replace(/\s+/g, ' ').trim();
  return trimmed.length > NAME_MAX ? trimmed.slice(0, NAME_MAX) : trimmed;
};

export function prospectFromRequest(request: UnknownCallerRequest): ProspectResult {
  if (request.counterpartyId) return { ok: false, issues: [issue('counterparty', 'request.alreadyMatched')] };
  // The name without an ЄДРПОУ written into it: the code goes to its own column.
  const organization = text(withoutTaxpayerCodes(request.organizationName ?? ''));
  const caller = text(request.callerName);
  if (!organization && !caller) return { ok: false, issues: [issue('organizationName', 'request.nameForProspect')] };

  const keys = callerLookupKeys(request);
  // E.164, as the document middlewares store phones (a row written around them may hold another spelling).
  const phone = keys.phone?.e164 ?? null;
  const email = keys.email;
  const contactPerson: ProspectContactData | null = caller ? { fullName: caller, phone, email, isPrimary: true } : null;
  return {
    ok: true,
    value: {
      counterparty: {
        kind: 'prospect',
        state: 'active',
        name: organization || caller,
        edrpou: keys.taxpayerCode?.kind === 'edrpou' ? keys.taxpayerCode.code : null,
        rnokpp: keys.taxpayerCode?.kind === 'rnokpp' ? keys.taxpayerCode.code : null,
        phone: contactPerson ? null : phone,
        email: contactPerson ? null : email,
        leadSourceId: request.leadSourceId ?? null,
        managerId: request.assigneeId ?? null,
        departmentId: request.targetDepartmentId ?? null,
      },
      contactPerson,
    },
  };
}
