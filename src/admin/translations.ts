import { ukLabels } from '../type-meta/labels';
import { capText, LIST_COUNT_CAP } from '../domain/lists/capped-count';

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

/**
 * The list header's count. Past the cap the server reports cap + 1 (src/document-middlewares/capped-list-count.ts),
 * which reads as "more than" the cap rather than as an exact number.
 */
export function listCountMessages(): { uk: Record<string, string>; en: Record<string, string> } {
  const over = LIST_COUNT_CAP + 1;
  const id = 'content-manager.pages.ListView.header-subtitle';
  return {
    uk: { [id]: `Знайдено {number, plural, =${over} {понад ${capText()} записів} =0 {# записів} one {# запис} few {# записи} other {# записів}}` },
    en: { [id]: `{number, plural, =${over} {more than ${LIST_COUNT_CAP.toLocaleString('en')} entries} =0 {# entries} one {# entry} other {# entries}} found` },
  };
}
