import { ukLabels } from '../../type-meta/labels';

/**
 * Menu entries of the content manager, in Ukrainian: Strapi looks them up by each type's English
 * displayName. Field captions reach the panel through the view settings (src/content-manager-views) and enumeration
 * captions through enum-captions.tsx, per field: none of them is a global translation id.
 */
export function ukrainianTranslations(englishDisplayNames: Record<string, string>): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [uid, labels] of Object.entries(ukLabels)) {
    const english = englishDisplayNames[uid];
    if (english) messages[english] = labels.pluralName ?? labels.displayName;
  }
  return messages;
}
