import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CallerCard, pickContact, readPhoneQuery, toCallerCard } from '../../../domain/caller-id';
import { issueFrom } from '../../../domain/messages';
import { toValidationError } from '../../../document-middlewares/validation-error';

const COUNTERPARTY = 'api::counterparty.counterparty';
const CONTACT = 'api::contact-person.contact-person';
const INTERACTION = 'api::interaction.interaction';

const COUNTERPARTY_FIELDS = ['id', 'documentId', 'name', 'kind', 'state'];
const WITH_MANAGER = { manager: { select: ['fullName', 'phone'] } };

/**
 * Finds who calls from a phone number: a contact person (and their counterparty) or a counterparty.
 * Read row by row (`db.query`): the phone rings while this runs, and the Document Service would wrap each of
 * the three reads in a transaction of its own (two more round trips each) for nothing a read needs here.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = (uid: string) => strapi.db.query(uid as any) as any;

  async function findContact(variants: string[]) {
    const contacts = await rows(CONTACT).findMany({
      where: { phone: { $in: variants } },
      select: ['documentId', 'fullName', 'position', 'isPrimary', 'updatedAt'],
      populate: { counterparty: { select: COUNTERPARTY_FIELDS, populate: WITH_MANAGER } },
      limit: 50,
    });
    return pickContact<any>(contacts);
  }

  async function findCounterparty(variants: string[]) {
    return rows(COUNTERPARTY).findOne({
      where: { phone: { $in: variants } },
      select: COUNTERPARTY_FIELDS,
      populate: WITH_MANAGER,
      orderBy: { updatedAt: 'desc' },
    });
  }

  /** The client's latest contacts, from the interactions' own reference column (one index range). */
  async function lastInteractions(counterpartyRowId: number) {
    return rows(INTERACTION).findMany({
      where: { accessCounterparty: counterpartyRowId, occurredAt: { $lte: new Date().toISOString() } },
      select: ['occurredAt', 'kind', 'subject'],
      populate: { employee: { select: ['fullName'] } },
      orderBy: { occurredAt: 'desc' },
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

      const interactions = counterparty ? await lastInteractions(counterparty.id) : [];
      return toCallerCard({ phone: e164, contactPerson: contact, counterparty, interactions });
    },
  };
};
