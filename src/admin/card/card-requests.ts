/**
 * The requests the counterparty card's side panels make when it opens, in one place: the panels make them,
 * and card/open-card-early.ts starts the same ones while the form is still being drawn.
 */
export interface CardRequest {
  url: string;
  params?: Record<string, unknown>;
}

export const TIMELINE_PAGE_SIZE = 10;

/** The timeline's page: filters left empty are not sent. */
export function timelineRequest(counterpartyId: string, filters: Record<string, string> = {}, page = 1): CardRequest {
  const params = Object.fromEntries(Object.entries({ ...filters, page: String(page), pageSize: String(TIMELINE_PAGE_SIZE) }).filter(([, value]) => value !== ''));
  return { url: `/crm/counterparties/${counterpartyId}/timeline`, params };
}

export function balanceRequest(counterpartyId: string): CardRequest {
  return { url: `/crm/counterparties/${counterpartyId}/balance` };
}

/** How many of a list's records the card shows. */
export const CARD_LIST_SHOWN = 5;

export function clientListRequest(uid: string, sort: string, counterpartyId: string): CardRequest {
  return {
    url: `/content-manager/collection-types/${uid}`,
    params: { page: 1, pageSize: CARD_LIST_SHOWN, sort, filters: { $and: [{ counterparty: { documentId: { $eq: counterpartyId } } }] } },
  };
}
