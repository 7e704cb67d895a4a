/**
 * npm run translations:check — after a Strapi upgrade: which of Strapi's strings the Ukrainian panel
 * lacks or gets wrong. Missing strings are printed as JSON with their English text, to translate into
 * src/admin/translations/strapi/<package>.json. Exits with 1 when anything is to do.
 */
import { reviewUkrainian } from './review';
import { strapiUkrainian } from '../../src/admin/translations/strapi-ukrainian';
import { listCountMessages } from '../../src/admin/translations/list-count';

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
const todo = review.missing.length + review.broken.length + review.leftovers.length + review.unknownIds.length;
console.log(todo ? `\n${todo} to do.` : 'The Ukrainian panel is complete.');
process.exit(todo ? 1 : 0);
