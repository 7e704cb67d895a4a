import fs from 'fs';
import path from 'path';
import { memoizedYupSchemas, rememberYupSchemas, VALIDATION_MODULE } from '../../src/admin/build-plugins/memoized-yup-schemas';

/** The panel's build plugin that builds the content manager's validation schema once per content type. */

const STRAPI_VALIDATION = path.resolve(__dirname, '../../node_modules/@strapi/content-manager/dist/admin/utils/validation.mjs');

/** A module of Strapi's shape: the function counts its builds and returns a new object each time. */
const FIXTURE = `let builds = 0;
const createYupSchema = (attributes = {}, components = {}, options = {
    status: null
})=>{ builds += 1; return { attributes, components, options, build: builds }; };
const builtSoFar = () => builds;
export { createYupSchema };`;

function load(code: string): { createYupSchema: (...args: unknown[]) => any; builtSoFar: () => number } {
  const body = code.replace('export { createYupSchema };', 'return { createYupSchema, builtSoFar };');
  return new Function(body)();
}

test("one schema per attributes, components and options: each further caller gets the one already built", () => {
  const { createYupSchema, builtSoFar } = load(rememberYupSchemas(FIXTURE));
  const attributes = { name: { type: 'string' } };
  const components = {};
  const first = createYupSchema(attributes, components);
  expect(createYupSchema(attributes, components)).toBe(first);
  expect(builtSoFar()).toBe(1);
  // Strapi's own defaults still apply when called without options
  expect(first.options).toEqual({ status: null });
  // another option, other attributes or other components are built anew, then remembered too
  const draft = createYupSchema(attributes, components, { status: 'draft' });
  expect(draft).not.toBe(first);
  expect(createYupSchema(attributes, components, { status: 'draft' })).toBe(draft);
  expect(createYupSchema({ ...attributes }, components)).not.toBe(first);
  expect(createYupSchema(attributes, { other: {} })).not.toBe(first);
  expect(builtSoFar()).toBe(4);
  // no attributes (a schema not loaded yet): Strapi's function, every time
  createYupSchema(undefined, undefined);
  createYupSchema(undefined, undefined);
  expect(builtSoFar()).toBe(6);
});

test("Strapi's installed validation module has the shape the plugin expects", () => {
  expect(VALIDATION_MODULE.test(STRAPI_VALIDATION)).toBe(true);
  const code = rememberYupSchemas(fs.readFileSync(STRAPI_VALIDATION, 'utf8'));
  expect(code).toContain('const createYupSchemaUnremembered = (');
  expect(code).toContain('export { createYupSchema };');
});

test('a module of another shape fails the build, and so does a build without the module', () => {
  expect(() => rememberYupSchemas('export const createYupSchema = () => ({});')).toThrow(/no longer declares/);
  const plugin = memoizedYupSchemas();
  expect(plugin.transform('export const x = 1;', '/app/src/admin/app.tsx')).toBeNull();
  expect(() => plugin.buildEnd()).toThrow(/was not part of the build/);
  expect(plugin.transform(FIXTURE, STRAPI_VALIDATION)).toEqual({ code: rememberYupSchemas(FIXTURE), map: null });
  expect(() => plugin.buildEnd()).not.toThrow();
});
