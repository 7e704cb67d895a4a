#!/usr/bin/env node
/** npm run seed [-- --scale N]: adds the demo data (idempotent; N multiplies it for benchmarks). */
const { prepareEnvironment, compile, loadApp, numberArgument, distDir } = require('./lib/app');

async function main() {
  prepareEnvironment();
  process.env.CRON_ENABLED = 'false'; // a one-shot script: the running server does the scheduled jobs
  const scale = numberArgument(process.argv.slice(2), '--scale', 1);
  await compile();
  const strapi = await loadApp();
  try {
    const { setupDemo } = require(`${distDir}/src/seed`);
    const started = Date.now();
    const summary = await setupDemo(strapi, demoOptions(scale));
    console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s:`, JSON.stringify(summary.created));
  } finally {
    await strapi.destroy();
  }
}

function demoOptions(scale) {
  return {
    scale,
    adminEmail: process.env.ADMIN_EMAIL,
    adminPassword: process.env.ADMIN_PASSWORD,
    demoPassword: process.env.DEMO_PASSWORD,
    log: (message) => console.log(message),
  };
}

module.exports = { demoOptions };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
