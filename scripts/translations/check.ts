/**
 * npm run translations:check — after a Strapi upgrade: which of Strapi's strings the Ukrainian panel
 * lacks or gets wrong. Missing strings are printed as JSON with their English text, to translate into
 * src/admin/translations/strapi/<package>.json. Exits with 1 when anything is to do.
 */
import { reviewUkrainian } from './review';
import { strapiUkrainian } from '../../src/admin/translations/strapi-ukrainian';
import { listCountMessages } from '../../src/admin/translations/list-count';
import { typeCaptionMessages } from '../../src/admin/translations';
import { captionIdTemplates, filtersFormatEnumValues, GENERATED_TEMPLATES, missingRuntimeIds, readModelSchemas } from './type-captions';

const review = reviewUkrainian({ ...strapiUkrainian, ...listCountMessages().uk }, { ownIds: Object.keys(strapiUkrainian) });
const out = (title: string, lines: string[]) => {
  if (lines.length) console.log(`\n${title} (${lines.length}):\n${lines.join('\n')}`);
};
if (review.missing.length) {
  console.log(`Missing (${review.missing.length}), English text to translate:`);
  console.log(JSON.stringify(Object.fromEntries(review.missing.map((message) => [message.id, message.en])), null, 2));
}
out('Broken', review.broken.map((entry) => `${entry.id}: ${entry.problems.join('; ')}`));
out('English words left', review.leftovers.map((entry) => `${entry.id}: ${entry.words.join(', ')} — ${entry.text}`));
out('Ids Strapi does not have', review.unknownIds);

// the ids the content manager builds from our types: field captions and enumeration values
const missingCaptions = missingRuntimeIds({ ...strapiUkrainian, ...typeCaptionMessages() }, readModelSchemas());
const newTemplates = captionIdTemplates().filter((template) => !GENERATED_TEMPLATES.includes(template));
if (!filtersFormatEnumValues()) newTemplates.push('the list filters no longer format enumeration values as ids: see src/admin/translations/enum-value-ids.ts');
out('Captions of our fields and values without an id (src/admin/translations/field-captions.ts, enum-value-ids.ts)', missingCaptions);
out('Caption ids Strapi builds that Vitrylo does not generate', newTemplates);
const todo = review.missing.length + review.broken.length + review.leftovers.length + review.unknownIds.length + missingCaptions.length + newTemplates.length;
console.log(todo ? `\n${todo} to do.` : 'The Ukrainian panel is complete.');
process.exit(todo ? 1 : 0);
