import fs from 'fs';
import path from 'path';
import { DESCRIPTION_RENDERER_MODULE, promptSidePanels, promptSidePanelUpdates } from '../../src/admin/build-plugins/prompt-side-panels';

const STRAPI_RENDERER = path.join(path.dirname(require.resolve('@strapi/admin/package.json')), 'dist/admin/admin/src/components/DescriptionComponentRenderer.mjs');

test("Strapi's installed renderer gets a timeout on its idle-time update of the side panels, and nothing else changes", () => {
  expect(DESCRIPTION_RENDERER_MODULE.test(STRAPI_RENDERER)).toBe(true);
  const original = fs.readFileSync(STRAPI_RENDERER, 'utf8');
  const code = promptSidePanelUpdates(original);
  expect(code).toMatch(/forceUpdate\(\);\s*\}, \{ timeout: 50 \}\)/);
  expect(code.replace(', { timeout: 50 })', ')')).toBe(original);
});

test('the rewritten update asks the browser for an idle moment or 50 ms, whichever comes first', () => {
  const calls: unknown[][] = [];
  const requestHandle = { current: 1 as unknown };
  let updates = 0;
  const _requestIdleCallback = (...args: unknown[]) => {
    calls.push(args);
    (args[0] as () => void)();
    return 2;
  };
  const forceUpdate = () => (updates += 1);
  const code = promptSidePanelUpdates('requestHandle.current = _requestIdleCallback(()=>{\n  requestHandle.current = null;\n  forceUpdate();\n});');
  new Function('requestHandle', '_requestIdleCallback', 'forceUpdate', code)(requestHandle, _requestIdleCallback, forceUpdate);
  expect(calls[0][1]).toEqual({ timeout: 50 });
  expect(updates).toBe(1);
  expect(requestHandle.current).toBe(2);
});

test('a renderer of another shape fails the build, and so does a build without it', () => {
  expect(() => promptSidePanelUpdates('requestIdleCallback(update);')).toThrow(/no longer updates the panels/);
  const plugin = promptSidePanels();
  expect(plugin.transform('export const x = 1;', '/app/src/admin/app.tsx')).toBeNull();
  expect(() => plugin.buildEnd()).toThrow(/was not part of the build/);
  expect(plugin.transform(fs.readFileSync(STRAPI_RENDERER, 'utf8'), STRAPI_RENDERER)).not.toBeNull();
  expect(() => plugin.buildEnd()).not.toThrow();
});
