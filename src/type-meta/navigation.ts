import type { TypeGroup } from './define';
import { TYPE_METAS } from './registry';

/**
 * How the admin panel lists the content types, derived from each type's group (src/api/<type>/meta.ts):
 *
 * - the content manager's list has two sections: "Робочі списки" — the counterparties first (the CRM's main
 *   list: the content manager opens on it), then the other working lists by their Ukrainian names, then the
 *   lists the system writes (audit trail, notifications) — and "Довідники": the company directory and the
 *   reference lists, by name;
 * - the main menu carries the daily destinations (DAILY_LISTS), each shown to whoever may read its type.
 */

export type NavigationSection = 'work' | 'reference';
const SECTION_ORDER: readonly NavigationSection[] = ['work', 'reference'];

export const MAIN_LIST = 'api::counterparty.counterparty';

const SECTION_OF_GROUP: Readonly<Record<TypeGroup, NavigationSection>> = { work: 'work', system: 'work', directory: 'reference', reference: 'reference' };
/** Within a section: the main list, then working lists, then system lists (reference and directory mix, by name). */
const RANK_OF_GROUP: Readonly<Record<TypeGroup, number>> = { work: 1, system: 2, directory: 1, reference: 1 };

export interface NavigationEntry {
  uid: string;
  section: NavigationSection;
  /** the Ukrainian name shown, the type's plural */
  name: string;
  /**
   * What the content manager sorts its links by (it sorts each section by the link's title and opens on the
   * first link of all): a two-digit position and the name. The panel shows `name` in its place (the title
   * is a message id), and the list's search still finds a type by its name.
   */
  title: string;
}

const ukrainian = new Intl.Collator('uk', { sensitivity: 'base' });

function arrange(): NavigationEntry[] {
  const rankOf = (meta: (typeof TYPE_METAS)[number]) => (meta.uid === MAIN_LIST ? 0 : RANK_OF_GROUP[meta.group]);
  const sorted = [...TYPE_METAS].sort((a, b) => {
    const bySection = SECTION_ORDER.indexOf(SECTION_OF_GROUP[a.group]) - SECTION_ORDER.indexOf(SECTION_OF_GROUP[b.group]);
    return bySection || rankOf(a) - rankOf(b) || ukrainian.compare(a.pluralName, b.pluralName);
  });
  return sorted.map((meta, index) => ({
    uid: meta.uid,
    section: SECTION_OF_GROUP[meta.group],
    name: meta.pluralName,
    title: `${String(index + 1).padStart(2, '0')} ${meta.pluralName}`,
  }));
}

/** Every content type in the order the content manager lists it. */
export const CONTENT_MANAGER_NAVIGATION: readonly NavigationEntry[] = arrange();

export function navigationEntry(uid: string): NavigationEntry | undefined {
  return CONTENT_MANAGER_NAVIGATION.find((entry) => entry.uid === uid);
}

/** The lists people open every day, in the main menu's order (after the home page). */
export const DAILY_LISTS: readonly string[] = [
  'api::counterparty.counterparty',
  'api::interaction.interaction',
  'api::inbound-request.inbound-request',
  'api::contract.contract',
  'api::invoice.invoice',
  'api::payment.payment',
  'api::schedule-entry.schedule-entry',
  'api::marketing-event.marketing-event',
];
