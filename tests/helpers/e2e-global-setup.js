/** The browser tests need the real admin panel: build it (Vite, ~40 s) and compile the server once per run. */
const path = require('path');
const { spawnSync } = require('child_process');

module.exports = async () => {
  if (process.env.E2E_SKIP_BUILD === 'true') return; // reuse an admin build you just made
  const appDir = path.resolve(__dirname, '../..');
  const build = spawnSync(process.execPath, [path.join(appDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build'], {
    cwd: appDir,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`strapi build failed with exit code ${build.status}`);
};
