/**
 * The review of the panel's Ukrainian against Strapi's installed catalog: what is missing, what is broken
 * (syntax, arguments, plural forms), where English words or "Strapi" are left, and which of our ids Strapi
 * does not have. The unit test expects every list empty; `npm run translations:check` prints them after a
 * Strapi upgrade, with the English text of each missing string, ready to translate into
 * src/admin/translations/strapi/<package>.json.
 */
import { readStrapiCatalog, StrapiMessage } from './strapi-catalog';
import { messageShape, ukrainianMessageProblems } from './icu-check';
import { englishLeftovers } from '../../src/domain/language/leftovers';
import neverShown from '../../src/admin/translations/strapi/never-shown.json';
import serverErrors from '../../src/admin/translations/strapi/server-errors.json';

/** Technical names left as they are on the administrator's technical screens (plugins, mail server, OAuth, keys). */
export const TECHNICAL_NAMES = ['JWT', 'OpenAPI', 'Swagger', 'GraphQL', 'Sentry', 'SMTP', 'DKIM', 'TLS', 'OAuth2', 'Client', 'Secret', 'Shift', 'Ctrl', 'Cmd', 'Enter', 'Esc', 'rel', 'noopener', 'nofollow', 'noreferrer', '_blank', '_self', '_parent', '_top', 'Excel', 'JPEG', 'PNG', 'SVG'];

export const isNeverShown = (id: string) => Object.keys(neverShown).some((prefix) => id.startsWith(prefix));

/** Spellings Strapi's Ukrainian uses that standard Ukrainian does not. */
const NONSTANDARD_SPELLINGS = [/плаґін/i];

export interface TranslationReview {
  missing: StrapiMessage[];
  broken: Array<{ id: string; problems: string[] }>;
  leftovers: Array<{ id: string; words: string[]; text: string }>;
  unknownIds: string[];
}

function visibleWords(message: string): string {
  const shape = messageShape(message);
  return 'error' in shape ? message : shape.literals.join(' ');
}

/**
 * Reviews `ours` (the panel's Ukrainian additions) over Strapi's own Ukrainian. `ownIds`: the ids that
 * must be Strapi's (those of the files under src/admin/translations/strapi/); menu entries of types are not.
 */
export function reviewUkrainian(
  ours: Readonly<Record<string, string>>,
  { catalog = readStrapiCatalog(), ownIds = Object.keys(ours) }: { catalog?: Map<string, StrapiMessage>; ownIds?: readonly string[] } = {},
): TranslationReview {
  const shown = [...catalog.values()].filter((message) => !isNeverShown(message.id));
  const ukrainianOf = (message: StrapiMessage) => ours[message.id] ?? message.uk;
  const translated = shown.filter((message) => ukrainianOf(message));
  return {
    missing: shown.filter((message) => !ukrainianOf(message)),
    broken: translated
      .map((message) => {
        const text = ukrainianOf(message)!;
        const spelling = NONSTANDARD_SPELLINGS.filter((pattern) => pattern.test(text)).map((pattern) => `spelling ${pattern.source}`);
        return { id: message.id, problems: [...ukrainianMessageProblems(text, message.en), ...spelling] };
      })
      .filter((entry) => entry.problems.length > 0),
    leftovers: translated
      .map((message) => {
        const text = ukrainianOf(message)!;
        const words = englishLeftovers(visibleWords(text), { allow: TECHNICAL_NAMES });
        return { id: message.id, words, text };
      })
      .filter((entry) => entry.words.length > 0),
    unknownIds: ownIds.filter((id) => !catalog.has(id) && !(id in serverErrors) && !id.startsWith('vitrylo.')),
  };
}
