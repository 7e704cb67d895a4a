import path from 'path';
import { appDir } from './strapi';
import { workerRequire } from './worker-modules';

/**
 * A module of the compiled app, the very instance the running Strapi uses (same path, loaded the same way:
 * see worker-modules). Needed for modules with state, such as async-local storage: importing the TypeScript source
 * would give the test a second copy that Strapi never sees.
 */
export function fromDist<T = any>(sourcePath: string): T {
  return workerRequire(path.join(appDir, 'dist', sourcePath.replace(/\.ts$/, '')));
}
