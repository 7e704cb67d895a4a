import { getFetchClient } from '@strapi/strapi/admin';
import { startEarly } from '../kit/early-requests';
import { requestUrl } from '../branding/install-panel-fetch';
import { mayOnType } from './card-permissions';
import { panelPermissions } from './hide-unreadable-fields';
import { balanceRequest, CardRequest, clientListRequest, timelineRequest } from './card-requests';
import { CARD_LISTS, COUNTERPARTY } from './RelatedListPanels';

/**
 * The card's side panels ask for their data once the content manager has drawn the form and read its
 * relation fields: a second and more after the click on a client, the panels' requests then waited for in
 * turn. So when the panel reads the counterparty for its card (the edit view's document request), the
 * side panels' first requests start too, for the panels the person may see, and each panel takes its
 * answer when it gets there (kit/early-requests.ts).
 */

const CARD_DOCUMENT = new RegExp(`/content-manager/collection-types/${COUNTERPARTY.replace(/[.:]/g, '\\$&')}/([A-Za-z0-9]+)$`);
const INVOICE = 'api::invoice.invoice';
const INTERACTION = 'api::interaction.interaction';

interface PanelApp {
  store?: { getState(): any } | null;
}

/** The requests the card of this counterparty makes on opening, for what the person may read. */
export function cardRequests(counterpartyId: string, mayRead: (uid: string) => boolean): CardRequest[] {
  return [
    ...(mayRead(INTERACTION) ? [timelineRequest(counterpartyId)] : []),
    ...(mayRead(INVOICE) ? [balanceRequest(counterpartyId)] : []),
    ...Object.values(CARD_LISTS)
      .filter((list) => mayRead(list.uid))
      .map((list) => clientListRequest(list.uid, list.sort, counterpartyId)),
  ];
}

/** Called once from the panel's register(), with Strapi's own app (whose store holds the person's permissions). */
export function installOpenCardEarly(app: PanelApp, serverOrigin: string): void {
  const send = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const answer = send(input, init);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    if (method === 'GET') {
      const url = requestUrl(input);
      const card = url.origin === serverOrigin ? CARD_DOCUMENT.exec(url.pathname) : null;
      // the card on screen, not a counterparty read for another screen
      if (card && window.location.pathname.endsWith(`/content-manager/collection-types/${COUNTERPARTY}/${card[1]}`)) {
        const permissions = panelPermissions(app.store ?? undefined);
        if (permissions.length > 0) {
          const { get } = getFetchClient();
          for (const request of cardRequests(card[1], (uid) => mayOnType(permissions, 'read', uid))) startEarly(get as any, request.url, request.params);
        }
      }
    }
    return answer;
  };
}
