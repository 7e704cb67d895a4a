import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CallerCard, pickContact, readPhoneQuery, toCallerCard } from '../../../domain/caller-id';
import { issueFrom } from '../../../domain/messages';
import { toValidationError } from '../../../document-middlewares/validation-error';
import { callerRows } from './caller-rows';

/** How many of the client's latest contacts the card shows. */
const LAST_CONTACTS = 3;

/**
 * Finds who calls from a phone number: a contact person (and their counterparty) or a counterparty; then
 * the client's latest contacts. Two queries, each a join (caller-rows.ts), with no transaction around them:
 * nothing here writes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = callerRows(strapi);

  return {
    async lookup(phoneInput: unknown): Promise<CallerCard> {
      const query = readPhoneQuery(phoneInput);
      if (!query.ok) throw toValidationError([issueFrom('phone', query)]);
      const { e164, variants } = query.value;

      // A contact person of a counterparty, else the counterparty's own number, else a contact person alone.
      const callers = await rows.callersByPhone(variants);
      let contact = pickContact(callers.contacts);
      let counterparty = contact?.counterparty ?? null;
      if (!counterparty) {
        counterparty = callers.counterparty;
        if (counterparty) contact = null;
      }
      if (!contact && !counterparty) throw new errors.NotFoundError('No counterparty or contact person has this phone number');

      const interactions = counterparty ? await rows.lastInteractions(counterparty.id, LAST_CONTACTS) : [];
      return toCallerCard({ phone: e164, contactPerson: contact, counterparty, interactions });
    },
  };
};
