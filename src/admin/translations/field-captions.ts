import { systemFieldLabels, ukLabels } from '../../type-meta/labels';

/**
 * The ids Strapi 5.54's content manager formats a field's caption with: list headers and edit-view labels
 * ask for `content-manager.content-types.<type uid>.<field>`, fields inside a component for
 * `content-manager.components.<component uid>.<field>`, each with the view settings' label as its default.
 * Without them the panel still reads Ukrainian (the default is our label), but formatjs reports every
 * caption on every list and form as MISSING_TRANSLATION. Generated from the type metadata, the same captions
 * the view settings get (src/content-manager-views), so a field is renamed in its meta.ts: a label an
 * administrator changes in «Налаштування перегляду» no longer reaches these headers and labels.
 */
export const TYPE_FIELD_ID = (uid: string, field: string) => `content-manager.content-types.${uid}.${field}`;
export const COMPONENT_FIELD_ID = (uid: string, field: string) => `content-manager.components.${uid}.${field}`;

const isContentType = (uid: string) => uid.startsWith('api::');

export function fieldCaptionMessages(): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [uid, labels] of Object.entries(ukLabels)) {
    if (isContentType(uid)) {
      // Strapi's own fields (createdAt, updatedBy...) are list columns and filters of every type
      for (const [field, caption] of Object.entries({ ...systemFieldLabels, ...labels.fields })) messages[TYPE_FIELD_ID(uid, field)] = caption;
    } else {
      for (const [field, caption] of Object.entries(labels.fields)) messages[COMPONENT_FIELD_ID(uid, field)] = caption;
    }
  }
  return messages;
}
