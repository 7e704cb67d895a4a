import { contextSlot } from '../context/context-slot';
import type { Core } from '@strapi/strapi';
import { CONTACT_PICKER_PARAMETER, counterpartyParameter, isContactPickerOfCounterparty } from '../domain/chronicle';
import { addPickerMiddleware } from './picker-search';
import { EMPTY_PAGE } from '../access/content-manager-guard';
import { CM_ACTION, UID } from '../access/uids';
import { andFilters, filterFromAbility, toWhere } from '../access/visibility';
import { keysValidationError } from '../document-middlewares/validation-error';
import { messageText } from '../domain/messages';

/**
 * The contact-person picker of an interaction, a request or a complaint offers the contacts of the
 * counterparty chosen in the form: the panel adds `?counterparty=<documentId>` to the picker's request
 * (GET /content-manager/relations/:model/contactPerson, src/admin/card/contact-picker.ts), and this route
 * middleware narrows Strapi's own query of contact persons to that counterparty's, through a database
 * lifecycle like the picker search (picker-search.ts): every other condition (the caller's visibility, the
 * records already linked, the typed search) stays as Strapi built it. Without the parameter the picker
 * offers every contact the caller may see, as before.
 *
 * Nothing the caller may not see comes through the parameter:
 * - a counterparty the caller may not see gives an empty page, exactly as an unknown one does;
 * - a caller who may not read a contact's `counterparty` field gets the picker as without the parameter:
 *   narrowing by it would tell them whose contact each person is;
 * - the offered contacts are still only those the caller may see (content-manager-guard.ts trims the page);
 * - a value that is not a documentId, or the parameter on any other picker, is refused with 400.
 */

const marked = contextSlot<{ counterpartyId: number }>('contact picker');

function refuse(code: 'query.documentId' | 'route.queryParameter'): never {
  throw keysValidationError('query.invalid', [{ key: CONTACT_PICKER_PARAMETER, reason: messageText(code, {}, 'en'), code }]);
}

function contactPickerMiddleware(strapi: Core.Strapi) {
  return async (ctx: any, next: () => Promise<unknown>) => {
    const query = ctx.query ?? {};
    if (!(CONTACT_PICKER_PARAMETER in query)) return next();
    const { [CONTACT_PICKER_PARAMETER]: value, ...rest } = query;
    ctx.query = rest; // Strapi's handler never sees it
    const { model, targetField } = ctx.params ?? {};
    const ability = ctx.state?.userAbility;
    if (!ability || !isContactPickerOfCounterparty(model, targetField)) refuse('route.queryParameter');
    const documentId = counterpartyParameter(value);
    if (documentId === null) refuse('query.documentId');

    const visible = filterFromAbility(strapi, ability, UID.counterparty);
    const counterparty: any =
      visible === null
        ? null
        : await strapi.db.query(UID.counterparty as any).findOne({ where: toWhere(strapi, UID.counterparty, andFilters({ documentId }, visible)), select: ['id'] });
    if (!counterparty) {
      ctx.body = EMPTY_PAGE(ctx);
      return undefined;
    }
    if (!ability.can(CM_ACTION.read, UID.contactPerson, 'counterparty')) return next();
    return marked.run({ counterpartyId: counterparty.id }, next);
  };
}

function narrow(event: any): void {
  const scope = marked.get();
  if (!scope || event.model?.uid !== UID.contactPerson) return;
  event.params = event.params ?? {};
  const where = event.params.where;
  const own = { counterparty: { id: scope.counterpartyId } };
  event.params.where = where && Object.keys(where).length > 0 ? { $and: [where, own] } : own;
}

/** register(): the picker's route middleware, before the routes are built. */
export function registerContactPicker(strapi: Core.Strapi): void {
  addPickerMiddleware(strapi, 'contact-picker', contactPickerMiddleware(strapi));
}

/** bootstrap(): the lifecycle that applies it. */
export function subscribeContactPicker(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({ models: [UID.contactPerson], beforeFindMany: narrow, beforeCount: narrow } as any);
}
