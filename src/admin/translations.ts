import { ukLabels } from '../labels/uk';

/**
 * Admin-panel strings derived from src/labels/uk.ts. The content manager looks menu entries up by a
 * type's displayName and enum options by their raw value, so those are the keys.
 */
export function ukrainianTranslations(englishDisplayNames: Record<string, string>): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [uid, labels] of Object.entries(ukLabels)) {
    const english = englishDisplayNames[uid];
    if (english) messages[english] = labels.pluralName ?? labels.displayName;
    for (const captions of Object.values(labels.enums ?? {})) Object.assign(messages, captions);
  }
  return messages;
}
