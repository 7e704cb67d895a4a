import { ukLabels } from '../../type-meta/labels';

/** Strapi's own types the content manager lists (to the super admin), by their English displayName. */
const STRAPI_TYPE_NAMES: Readonly<Record<string, string>> = {
  // users-permissions' end users of the REST API (Vitrylo's systems use API tokens instead)
  User: 'Користувачі API',
};

/**
 * Menu entries of the content manager, in Ukrainian: Strapi looks them up by each type's English
 * displayName. Field captions reach the panel through the view settings (src/content-manager-views) and enumeration
 * captions through enum-captions.tsx, per field: none of them is a global translation id.
 */
export function ukrainianTranslations(englishDisplayNames: Record<string, string>): Record<string, string> {
  const messages: Record<string, string> = { ...STRAPI_TYPE_NAMES };
  for (const [uid, labels] of Object.entries(ukLabels)) {
    const english = englishDisplayNames[uid];
    if (english) messages[english] = labels.pluralName ?? labels.displayName;
  }
  return messages;
}
