import { CONTENT_MANAGER_NAVIGATION, navigationEntry } from '../../type-meta/navigation';

/**
 * The content manager's list of types, grouped and ordered by src/type-meta/navigation.ts: its first
 * section ("Робочі списки") keeps the working lists, its second ("Довідники", the section Strapi keeps for
 * single types, of which Vitrylo has none) the directory and reference lists. The content manager sorts each
 * section by the links' titles and opens on the first link, so each link's title becomes its ordered title
 * (a message id that reads as the type's name).
 *
 * Both hooks are Strapi's documented content-manager hooks; they run one after the other while the content
 * manager builds its links, so the first hands the reference links to the second.
 */

const COLLECTION_TYPE_LINKS = 'Admin/CM/pages/App/mutate-collection-types-links';
const SINGLE_TYPE_LINKS = 'Admin/CM/pages/App/mutate-single-types-links';

interface CmLink {
  uid: string;
  title: string;
}

/** Working links and reference links, retitled; links of types Vitrylo does not know stay in the first section as they are. */
export function arrangeContentManagerLinks<L extends CmLink>(links: readonly L[]): { work: L[]; reference: L[] } {
  const work: L[] = [];
  const reference: L[] = [];
  for (const link of links) {
    const entry = navigationEntry(link.uid);
    if (!entry) work.push(link);
    else (entry.section === 'reference' ? reference : work).push({ ...link, title: entry.title });
  }
  return { work, reference };
}

type RegisterHook = (name: string, fn: (value: any) => any) => void;

export function registerContentManagerNavigation(app: { registerHook: RegisterHook }): void {
  let handedOver: CmLink[] = [];
  app.registerHook(COLLECTION_TYPE_LINKS, ({ ctLinks, models }: { ctLinks: CmLink[]; models: unknown }) => {
    const { work, reference } = arrangeContentManagerLinks(ctLinks);
    handedOver = reference;
    return { ctLinks: work, models };
  });
  app.registerHook(SINGLE_TYPE_LINKS, ({ stLinks, models }: { stLinks: CmLink[]; models: unknown }) => {
    const reference = handedOver;
    handedOver = [];
    return { stLinks: [...stLinks, ...reference], models };
  });
}

/** The ordered titles read as the types' names: Ukrainian ones, English ones in the English panel. */
export function contentManagerTitles(englishNames: Record<string, string>) {
  const uk: Record<string, string> = {
    'content-manager.components.LeftMenu.collection-types': 'Робочі списки',
    'content-manager.components.LeftMenu.single-types': 'Довідники',
  };
  const en: Record<string, string> = {
    'content-manager.components.LeftMenu.collection-types': 'Working lists',
    'content-manager.components.LeftMenu.single-types': 'Reference lists',
  };
  for (const entry of CONTENT_MANAGER_NAVIGATION) {
    uk[entry.title] = entry.name;
    en[entry.title] = englishNames[entry.uid] ?? entry.name;
  }
  return { uk, en };
}
