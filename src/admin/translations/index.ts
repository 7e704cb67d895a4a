import { strapiUkrainian } from './strapi-ukrainian';
import { listCountMessages } from './list-count';
import { ukrainianTranslations } from './type-names';

export { strapiUkrainian, listCountMessages, ukrainianTranslations };

/**
 * Every Ukrainian message the panel adds to Strapi's, later ones winning: Strapi's strings, the menu
 * entries of our types, the list count, then Vitrylo's own pages.
 */
export function ukrainianPanelMessages(englishDisplayNames: Record<string, string>, pageMessages: Record<string, string>): Record<string, string> {
  return { ...strapiUkrainian, ...ukrainianTranslations(englishDisplayNames), ...listCountMessages().uk, ...pageMessages };
}
