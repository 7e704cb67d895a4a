import path from 'path';
import { appDir } from './strapi';

/**
 * A module of the compiled app, the very instance the running Strapi uses (same path, same Jest module
 * registry). Needed for modules with state, such as async-local storage: importing the TypeScript source
 * would give the test a second copy that Strapi never sees.
 */
export function fromDist<T = any>(sourcePath: string): T {
  return require(path.join(appDir, 'dist', sourcePath.replace(/\.ts$/, '')));
}
