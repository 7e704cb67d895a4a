/** The browser tests need the real admin panel: build it (Vite, ~40 s) and compile the server once per run. */
const path = require('path');
const { spawnSync } = require('child_process');

module.exports = async () => {
  const appDir = path.resolve(__dirname, '../..');
  const build = spawnSync(process.execPath, [require.resolve('@strapi/strapi/bin/strapi.js'), 'build'], {
    cwd: appDir,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`strapi build failed with exit code ${build.status}`);
};
