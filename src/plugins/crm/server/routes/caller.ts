import { z } from '@strapi/utils';
import { toValidationError } from '../../../../document-middlewares/validation-error';
import type { FieldIssue } from '../../../../domain/errors';
import { callerCards, readPhoneQuery, readTaxpayerCode } from '../../../../domain/caller-id';
import { normalizeEmail } from '../../../../domain/identifiers/email';
import { issue, issueFrom } from '../../../../domain/messages';
import { CM_ACTION } from '../../../../access/uids';
import { COUNTERPARTY, INBOUND_REQUEST } from '../../../../inbox/uids';
import { cardDetails } from '../caller/card-details';
import { CallerQuery, findVisibleCaller } from '../caller/find-caller';
import { defineRoute } from '../kit/route';
import { businessTime } from '../../../../time/business-time';

const given = (value: string | undefined) => typeof value === 'string' && value.trim() !== '';

/** The keys asked by, each checked; a bad one is a 400 naming it. */
function callerQuery(query: { phone?: string; email?: string; taxpayerCode?: string }): CallerQuery {
  const issues: FieldIssue[] = [];
  const keys: CallerQuery = { phone: null, email: null, taxpayerCode: null };
  if (given(query.phone)) {
    const phone = readPhoneQuery(query.phone);
    if (phone.ok) keys.phone = phone.value;
    else issues.push(issueFrom('phone', phone));
  }
  if (given(query.email)) {
    const email = normalizeEmail(query.email);
    if (email.ok) keys.email = email.value;
    else issues.push(issueFrom('email', email));
  }
  if (given(query.taxpayerCode)) {
    keys.taxpayerCode = readTaxpayerCode(query.taxpayerCode);
    if (!keys.taxpayerCode) issues.push(issue('taxpayerCode', 'identifier.taxpayerCode'));
  }
  if (issues.length === 0 && !keys.phone && !keys.email && !keys.taxpayerCode) issues.push(issue('phone', 'required'));
  if (issues.length > 0) throw toValidationError(issues);
  return keys;
}

/**
 * GET /crm/caller?phone=|email=|taxpayerCode=: "Хто дзвонить?" — the cards of whoever has that phone, e-mail
 * or ЄДРПОУ / РНОКПП among the counterparties and contact persons the asker may see (several when the
 * number is shared, none when unknown), each with its manager and where they are now, the last contacts
 * and the open requests, as far as the asker may read them; and whether they may register a request.
 * For every role that reads counterparties.
 */
export default defineRoute({
  method: 'GET',
  path: '/caller',
  action: [CM_ACTION.read, COUNTERPARTY],
  query: z
    .object({ phone: z.string().max(40).optional(), email: z.string().max(254).optional(), taxpayerCode: z.string().max(20).optional() })
    .strict(),
  async handler({ strapi, query, visibility }) {
    const keys = callerQuery(query);
    const { match, finds } = await findVisibleCaller(strapi, visibility, keys);
    const now = new Date();
    const cards = [];
    for (const ref of callerCards(match, finds)) {
      const card = await cardDetails(strapi, visibility, ref, now);
      if (card) cards.push(card);
    }
    return {
      data: {
        query: { phone: keys.phone?.e164 ?? null, email: keys.email, taxpayerCode: keys.taxpayerCode?.code ?? null },
        cards,
        canRegister: visibility.can(INBOUND_REQUEST, undefined, CM_ACTION.create),
        timeZone: businessTime(strapi).timeZone,
      },
    };
  },
});
