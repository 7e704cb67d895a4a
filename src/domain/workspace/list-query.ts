/**
 * What a home-page figure counts, said once: a content type and the conditions its records meet. The server
 * counts with it (ANDed with what the caller may see), and the figure's link opens the content manager's list
 * with the very same conditions, so the number on the home page is the number of rows in the list.
 *
 * Each entry is one condition on one field (`{ state: { $eq: 'planned' } }`,
 * `{ employee: { fullName: { $eq: '…' }, id: { $eq: 7 } } }`): the content manager shows such an entry as a
 * removable chip above its list, which a compound `$or` would not get.
 */
export type FilterEntry = Readonly<Record<string, unknown>>;

export interface ListQuery {
  uid: string;
  entries: readonly FilterEntry[];
  /** the list's order, 'field:ASC' */
  sort: string;
}

/** The panel shows at least 20 rows per page (src/content-manager-views). */
export const LIST_PAGE_SIZE = 20;

/** The entries as document-service filters. */
export function filtersOf(query: ListQuery): Record<string, unknown> {
  return query.entries.length === 0 ? {} : { $and: [...query.entries] };
}

function flatten(prefix: string, value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(`${prefix}[${index}]`, item, out));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) flatten(`${prefix}[${key}]`, inner, out);
  } else {
    const text = value instanceof Date ? value.toISOString() : String(value);
    out.push(`${prefix}=${encodeURIComponent(text)}`);
  }
}

/** The query string of the list (qs bracket notation, as the content manager writes its own addresses). */
export function listSearch(query: ListQuery): string {
  const parts = [`page=1`, `pageSize=${LIST_PAGE_SIZE}`, `sort=${encodeURIComponent(query.sort)}`];
  query.entries.forEach((entry, index) => flatten(`filters[$and][${index}]`, entry, parts));
  return parts.join('&');
}

/** Where the admin panel shows the list: '/content-manager/collection-types/<uid>?…'. */
export function listLink(query: ListQuery): string {
  return `/content-manager/collection-types/${query.uid}?${listSearch(query)}`;
}

/** Where the admin panel shows one record. */
export function recordLink(uid: string, documentId: string): string {
  return `/content-manager/collection-types/${uid}/${documentId}`;
}
