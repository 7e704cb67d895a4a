import { strapiUkrainian } from './strapi-ukrainian';
import { listCountMessages } from './list-count';
import { ukrainianTranslations } from './type-names';
import { fieldCaptionMessages } from './field-captions';
import { enumValueMessages } from './enum-value-ids';

export { strapiUkrainian, listCountMessages, ukrainianTranslations };

/**
 * The ids the content manager builds from our types at runtime (field captions, enumeration values), in
 * any language the panel offers other than English: there, formatjs reports an id without a message.
 */
export function typeCaptionMessages(): Record<string, string> {
  return { ...enumValueMessages(), ...fieldCaptionMessages() };
}

/**
 * Every Ukrainian message the panel adds to Strapi's, later ones winning: Strapi's strings, the menu
 * entries of our types, the captions of their fields and values, the list count, then Vitrylo's own pages.
 */
export function ukrainianPanelMessages(englishDisplayNames: Record<string, string>, pageMessages: Record<string, string>): Record<string, string> {
  return { ...strapiUkrainian, ...ukrainianTranslations(englishDisplayNames), ...typeCaptionMessages(), ...listCountMessages().uk, ...pageMessages };
}
