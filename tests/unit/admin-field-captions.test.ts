import { readStrapiCatalog } from '../../scripts/translations/strapi-catalog';
import { captionIdTemplates, filtersFormatEnumValues, GENERATED_TEMPLATES, missingRuntimeIds, readModelSchemas, runtimeIds } from '../../scripts/translations/type-captions';
import { strapiUkrainian, typeCaptionMessages, ukrainianPanelMessages } from '../../src/admin/translations';
import { fieldCaptionMessages } from '../../src/admin/translations/field-captions';
import { enumValueMessages } from '../../src/admin/translations/enum-value-ids';

/**
 * The ids Strapi's content manager builds from our types at runtime (a field's caption on a list header,
 * a form label, a filter; each enumeration value in a list's filters) all have a message, so a Ukrainian
 * panel logs no MISSING_TRANSLATION on the interaction list filtered to one client, an interaction's form,
 * or any other list and form. Formatted here the way the panel formats them (react-intl, English default).
 */

const schemas = readModelSchemas();
const panel = ukrainianPanelMessages({}, {});

describe('captions of our types’ fields and values as message ids', () => {
  test('Strapi 5.54 builds caption ids from exactly the templates we generate, and formats enumeration values as ids', () => {
    expect(captionIdTemplates()).toEqual(GENERATED_TEMPLATES);
    expect(filtersFormatEnumValues()).toBe(true);
  });

  test('without them the panel reports the interaction list’s captions missing (the check sees what the console saw)', () => {
    const missing = missingRuntimeIds(strapiUkrainian, schemas);
    expect(missing).toEqual(expect.arrayContaining(['content-manager.content-types.api::interaction.interaction.counterparty', 'content-manager.content-types.api::interaction.interaction.occurredAt', 'planned']));
  });

  test('every field of every type and component, Strapi’s own fields and every enumeration value has a message, in Ukrainian and Russian', () => {
    expect(runtimeIds(schemas).length).toBeGreaterThan(500);
    expect(missingRuntimeIds(panel, schemas)).toEqual([]);
    expect(missingRuntimeIds(typeCaptionMessages(), schemas, 'ru')).toEqual([]);
  });

  test('the captions are the metas’ (the view settings’ labels) and the values’ own', () => {
    expect(panel['content-manager.content-types.api::interaction.interaction.counterparty']).toBe('Контрагент');
    expect(panel['content-manager.content-types.api::interaction.interaction.occurredAt']).toBe('Дата і час');
    expect(panel['content-manager.content-types.api::audit-entry.audit-entry.actorAdminUser']).toBe('Користувач');
    expect(panel['content-manager.content-types.api::counterparty.counterparty.createdAt']).toBe('Створено');
    expect(panel['content-manager.components.crm.address.city']).toBe('Населений пункт');
    expect(panel.planned).toBe('Заплановано');
  });

  test('no generated id is one of Strapi’s own strings or a menu entry of a type, so none of them changes', () => {
    const catalog = readStrapiCatalog();
    const generated = Object.keys({ ...fieldCaptionMessages(), ...enumValueMessages() });
    const menuEntries = new Set(['User', ...schemas.map((schema) => schema.displayName)]); // keyed by English names
    expect(generated.filter((id) => catalog.has(id) || id in strapiUkrainian || menuEntries.has(id))).toEqual([]);
  });
});
