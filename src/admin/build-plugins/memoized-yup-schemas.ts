import { moduleTransformPlugin } from './module-transform';

/**
 * The content manager's form validation schema, built once per content type instead of once per input.
 *
 * Strapi's edit view builds a yup schema of the whole content type (`createYupSchema`, content-manager's
 * utils/validation.mjs) in every `useDocument` call, and every input of the form calls it twice (through
 * `useDocumentContext`): opening the counterparty card built it some seventy times, a third of the form's first
 * draw (docs/benchmarks.md, 2026-12-03 b). A yup schema is immutable (each method returns a new one), so one
 * built for the same attributes, components and options serves every caller. This build plugin renames Strapi's
 * function and puts a remembering one in its place under the same name; the attributes and components are the
 * content type's schema objects as the panel's store holds them, so the memo is keyed by their identity and
 * forgets them with the store. If Strapi's file changes shape, the build fails here instead of silently
 * building the slow panel.
 */

export const VALIDATION_MODULE = /[\\/]@strapi[\\/]content-manager[\\/]dist[\\/]admin[\\/]utils[\\/]validation\.mjs$/;

const DECLARATION = 'const createYupSchema = (';
const EXPORT = 'export { createYupSchema };';

const REMEMBERING = `
const vitryloYupSchemas = new WeakMap();
const createYupSchema = (attributes, components, options) => {
  if (attributes === null || typeof attributes !== 'object' || components === null || typeof components !== 'object') {
    return createYupSchemaUnremembered(attributes, components, options);
  }
  let byComponents = vitryloYupSchemas.get(attributes);
  if (!byComponents) vitryloYupSchemas.set(attributes, (byComponents = new WeakMap()));
  let byOptions = byComponents.get(components);
  if (!byOptions) byComponents.set(components, (byOptions = new Map()));
  const key = options === undefined ? 'default' : JSON.stringify(options);
  let schema = byOptions.get(key);
  if (!schema) byOptions.set(key, (schema = createYupSchemaUnremembered(attributes, components, options)));
  return schema;
};
`;

/** Strapi's validation module with `createYupSchema` remembering its schemas. */
export function rememberYupSchemas(code: string): string {
  if (code.split(DECLARATION).length !== 2 || code.split(EXPORT).length !== 2) {
    throw new Error("memoized-yup-schemas: Strapi's content-manager utils/validation.mjs no longer declares and exports createYupSchema as expected; update src/admin/build-plugins/memoized-yup-schemas.ts");
  }
  return code.replace(DECLARATION, 'const createYupSchemaUnremembered = (').replace(EXPORT, `${REMEMBERING}${EXPORT}`);
}

/** The Vite plugin (src/admin/vite.config.ts): transforms the module, and fails the build if it never saw it. */
export function memoizedYupSchemas() {
  return moduleTransformPlugin('vitrylo-memoized-yup-schemas', VALIDATION_MODULE, rememberYupSchemas);
}
