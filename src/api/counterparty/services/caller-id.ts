import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CallerCard, pickContact, readPhoneQuery, toCallerCard } from '../../../domain/caller-id';
import { issueFrom } from '../../../domain/messages';
import { toValidationError } from '../../../document-middlewares/validation-error';

const COUNTERPARTY = 'api::counterparty.counterparty';
const CONTACT = 'api::contact-person.contact-person';
const INTERACTION = 'api::interaction.interaction';

const COUNTERPARTY_FIELDS = ['name', 'kind', 'state'];
const WITH_MANAGER = { manager: { fields: ['fullName', 'phone'] } };

/** Finds who calls from a phone number: a contact person (and their counterparty) or a counterparty. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = (uid: string) => strapi.documents(uid as any) as any;

  async function findContact(variants: string[]) {
    const contacts = await documents(CONTACT).findMany({
      filters: { phone: { $in: variants } },
      fields: ['fullName', 'position', 'isPrimary', 'updatedAt'],
      populate: { counterparty: { fields: COUNTERPARTY_FIELDS, populate: WITH_MANAGER } },
      limit: 50,
    });
    return pickContact<any>(contacts);
  }

  async function findCounterparty(variants: string[]) {
    return documents(COUNTERPARTY).findFirst({
      filters: { phone: { $in: variants } },
      fields: COUNTERPARTY_FIELDS,
      populate: WITH_MANAGER,
      sort: { updatedAt: 'desc' },
    });
  }

  async function lastInteractions(counterpartyId: string) {
    return documents(INTERACTION).findMany({
      filters: { counterparty: { documentId: counterpartyId }, occurredAt: { $lte: new Date().toISOString() } },
      fields: ['occurredAt', 'kind', 'subject'],
      populate: { employee: { fields: ['fullName'] } },
      sort: { occurredAt: 'desc' },
      limit: 3,
    });
  }

  return {
    async lookup(phoneInput: unknown): Promise<CallerCard> {
      const query = readPhoneQuery(phoneInput);
      if (!query.ok) throw toValidationError([issueFrom('phone', query)]);
      const { e164, variants } = query.value;

      // A contact person of a counterparty, else the counterparty's own number, else a contact person alone.
      let contact = await findContact(variants);
      let counterparty = contact?.counterparty ?? null;
      if (!counterparty) {
        counterparty = await findCounterparty(variants);
        if (counterparty) contact = null;
      }
      if (!contact && !counterparty) throw new errors.NotFoundError('No counterparty or contact person has this phone number');

      const interactions = counterparty ? await lastInteractions(counterparty.documentId) : [];
      return toCallerCard({ phone: e164, contactPerson: contact, counterparty, interactions });
    },
  };
};
