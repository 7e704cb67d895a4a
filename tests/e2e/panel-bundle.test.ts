import fs from 'fs';
import path from 'path';
import { appDir } from '../helpers/strapi';

/**
 * The admin panel is built for production (`npm run build`, `npm run demo`: scripts/lib/app.js buildPanel): Strapi
 * otherwise bundles React and Redux Toolkit in their development modes, whose checks made the counterparty card
 * two to three times slower. Their development builds are known by messages only they carry.
 */
const DEVELOPMENT_ONLY = [
  // React's warning about list items without keys (react.development.js, react-jsx-runtime.development.js)
  'should have a unique "key" prop',
  // Redux Toolkit's immutability check, a middleware of development stores only
  'state mutation was detected',
];

test('the built panel carries no development build of React or Redux Toolkit', () => {
  const buildDir = path.join(appDir, 'dist', 'build');
  const scripts = fs.readdirSync(buildDir).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(10);
  const bundle = scripts.map((name) => fs.readFileSync(path.join(buildDir, name), 'utf8')).join('\n');
  // the panel's own code is there: the test reads the real bundle, not an empty folder
  expect(bundle).toContain('Хто дзвонить');
  for (const marker of DEVELOPMENT_ONLY) expect([marker, bundle.includes(marker)]).toEqual([marker, false]);
});
