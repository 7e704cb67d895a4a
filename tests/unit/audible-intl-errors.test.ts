import fs from 'fs';
import os from 'os';
import path from 'path';
import { audibleBundle } from '../helpers/audible-intl-errors';

/**
 * The browser tests hear formatjs's errors in the built panel because its silent default handler is
 * rewritten to log; if a Strapi upgrade changes the bundle's shape, the helper must fail, not go deaf.
 */

function buildDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrylo-build-'));
  for (const [name, code] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), code);
  return dir;
}

// the shape Vite gives @formatjs/intl's defaults in Strapi 5.54's bundle
const FORMATJS = 't.MISSING_TRANSLATION="MISSING_TRANSLATION";var UVt=function(t){},jVt=function(t){},eje={formats:{},messages:{},defaultLocale:"en",onError:UVt,onWarn:jVt};';

test('the handler formatjs falls back to logs each error, and only the bundle that has it is changed', () => {
  const dir = buildDir({ 'App-1.js': 'console.log(1)', 'strapi-abc.js': FORMATJS });
  const { file, code } = audibleBundle(dir);
  expect(file).toBe('strapi-abc.js');
  expect(code).toContain('var UVt=function(t){console.error(String(t))},jVt=function(t){}');
});

test('a bundle without that handler is an error, so a browser test cannot pass deaf', () => {
  const dir = buildDir({ 'strapi-abc.js': 't.MISSING_TRANSLATION="MISSING_TRANSLATION";var x=1;' });
  expect(() => audibleBundle(dir)).toThrow(/could not hear a missing translation/);
});
