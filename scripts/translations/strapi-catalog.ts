/**
 * Strapi's own admin messages, read from the installed @strapi packages: every message id the panel can
 * show, its English text and Strapi's Ukrainian text if it has one. Ids come from each package's en.json
 * and from the `id` / `defaultMessage` pairs in its compiled code (many strings exist only there, and a
 * Ukrainian panel reports each of them as MISSING_TRANSLATION). Node only: used by the translation check
 * script and the unit test that holds our Ukrainian files complete.
 */
import fs from 'fs';
import path from 'path';

export interface StrapiPackage {
  /** the prefix the package's messages get at runtime; null for the admin core */
  prefix: string | null;
  /** folder of the compiled admin code, relative to node_modules/@strapi */
  dir: string;
  /** the helpers that build a prefixed id in its code: getTrad('x') → `${prefix}.x` */
  helpers: readonly string[];
}

/** The packages whose screens staff meet (content-type builder, releases and review workflows are left out: admin-only or Enterprise). */
export const STAFF_PACKAGES: readonly StrapiPackage[] = [
  { prefix: null, dir: 'admin/dist/admin', helpers: [] },
  { prefix: 'content-manager', dir: 'content-manager/dist/admin', helpers: ['getTranslation'] },
  { prefix: 'upload', dir: 'upload/dist/admin', helpers: ['getTrad', 'getTranslationKey'] },
  { prefix: 'i18n', dir: 'i18n/dist/admin', helpers: ['getTranslation'] },
  { prefix: 'users-permissions', dir: 'plugin-users-permissions/dist/admin', helpers: ['getTrad'] },
  { prefix: 'email', dir: 'email/dist/admin', helpers: [] },
  { prefix: 'documentation', dir: 'plugin-documentation/dist/admin', helpers: ['getTrad'] },
];

export interface StrapiMessage {
  id: string;
  en: string;
  /** Strapi's own Ukrainian text, if any */
  uk?: string;
  /** where the id was found: the package's en.json or only its code */
  source: 'en.json' | 'code';
}

const STRAPI_DIR = path.resolve(__dirname, '../../node_modules/@strapi');

function translationsDir(pkg: StrapiPackage): string {
  const core = path.join(STRAPI_DIR, pkg.dir, 'admin/src/translations');
  return fs.existsSync(core) ? core : path.join(STRAPI_DIR, pkg.dir, 'translations');
}

function readTranslations(pkg: StrapiPackage, locale: string): Record<string, string> {
  const file = path.join(translationsDir(pkg), `${locale}.json.js`);
  if (!fs.existsSync(file)) return {};
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const loaded = require(file);
  const messages: Record<string, unknown> = loaded.default ?? loaded;
  const prefixed: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') prefixed[pkg.prefix ? `${pkg.prefix}.${key}` : key] = value;
  }
  return prefixed;
}

/** The compiled admin modules of a package directory (its translation files left out). */
export function* compiledFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'translations') yield* compiledFiles(full);
    } else if (entry.name.endsWith('.mjs')) {
      yield full;
    }
  }
}

const STRING = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\x60(?:[^\x60\\$]|\\.)*\x60`;

/** A JS string literal of the compiled code, as text. */
function literalText(literal: string): string {
  const body = literal.slice(1, -1);
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_match, escape: string) => {
    if (escape.startsWith('u{')) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
    if (escape.startsWith('u') && escape.length === 5) return String.fromCharCode(parseInt(escape.slice(1), 16));
    if (escape.startsWith('x') && escape.length === 3) return String.fromCharCode(parseInt(escape.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[escape] ?? escape;
  });
}

/** `id: 'x', defaultMessage: 'y'` pairs (also `id: getTrad('x')`) in one package's compiled code. */
export function codeMessages(pkg: StrapiPackage): Record<string, string> {
  const helper = pkg.helpers.length ? `|(?:${pkg.helpers.join('|')})\\((?<helped>${STRING})\\)` : '';
  const pattern = new RegExp(String.raw`\bid:\s*(?:(?<plain>${STRING})${helper})\s*,\s*defaultMessage:\s*(?<message>${STRING})`, 'g');
  const found: Record<string, string> = {};
  for (const file of compiledFiles(path.join(STRAPI_DIR, pkg.dir))) {
    const code = fs.readFileSync(file, 'utf8');
    for (const match of code.matchAll(pattern)) {
      const { plain, helped, message } = match.groups as Record<string, string>;
      const id = plain ? literalText(plain) : `${pkg.prefix}.${literalText(helped)}`;
      if (id.includes('${')) continue; // built at runtime
      found[id] ??= literalText(message);
    }
  }
  return found;
}

/** Every message of the given packages, by id. */
export function readStrapiCatalog(packages: readonly StrapiPackage[] = STAFF_PACKAGES): Map<string, StrapiMessage> {
  const catalog = new Map<string, StrapiMessage>();
  for (const pkg of packages) {
    const en = readTranslations(pkg, 'en');
    const uk = readTranslations(pkg, 'uk');
    for (const [id, text] of Object.entries(en)) catalog.set(id, { id, en: text, uk: uk[id], source: 'en.json' });
    for (const [id, text] of Object.entries(codeMessages(pkg))) {
      if (!catalog.has(id)) catalog.set(id, { id, en: text, uk: uk[id], source: 'code' });
    }
  }
  return catalog;
}
