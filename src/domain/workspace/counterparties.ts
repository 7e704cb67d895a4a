import type { ListQuery } from './list-query';
import { EmployeeRef, personIs } from './people';

export const COUNTERPARTY_UID = 'api::counterparty.counterparty';

/** The kinds a manager's portfolio is split by on the home page, in the order they matter to sales. */
export const PORTFOLIO_KINDS = ['client', 'prospect', 'partner', 'supplier', 'competitor', 'other'] as const;

/** "Мої клієнти": the counterparties I am the responsible manager of, of any kind. */
export function counterpartiesManagedBy(me: EmployeeRef, kind?: string): ListQuery {
  return {
    uid: COUNTERPARTY_UID,
    entries: [personIs('manager', me), ...(kind ? [{ kind: { $eq: kind } }] : [])],
    sort: 'name:ASC',
  };
}

/** The company's clients: counterparties of kind client that have not ceased. */
export function activeClients(): ListQuery {
  return { uid: COUNTERPARTY_UID, entries: [{ kind: { $eq: 'client' } }, { state: { $eq: 'active' } }], sort: 'name:ASC' };
}
