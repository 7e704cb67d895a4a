import { ukLabels } from '../../type-meta/labels';

/**
 * Strapi's list filters format each enumeration value as a translation id of its own ('planned', 'paid')
 * before enum-captions.tsx gives the option its field's caption; without an id per value formatjs reports
 * each one as MISSING_TRANSLATION whenever a list opens. The text is never the one shown, so a value that
 * fields caption differently ('cancelled': "Скасовано", "Анульований") takes the first caption in registry
 * order. No value is one of Strapi's own ids (tests/unit/admin-field-captions.test.ts).
 */
export function enumValueMessages(): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const labels of Object.values(ukLabels)) {
    for (const captions of Object.values(labels.enums ?? {})) {
      for (const [value, caption] of Object.entries(captions)) messages[value] ??= caption;
    }
  }
  return messages;
}
