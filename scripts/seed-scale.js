#!/usr/bin/env node
/**
 * npm run seed:scale [-- --counterparties N --interactions M --seed S --batch B]: bulk data for benchmarks
 * (defaults 1,000,000 counterparties and 10,000,000 interactions), written straight into the database on top
 * of the demo setup. Idempotent and resumable: the progress is kept in strapi_core_store_settings.
 */
const { prepareEnvironment, compile, loadApp, distDir } = require('./lib/app');
const { demoOptions } = require('./seed');

async function main() {
  prepareEnvironment();
  process.env.CRON_ENABLED = 'false';
  await compile();
  const { parseScaleArguments } = require(`${distDir}/src/seed/scale`);
  const args = parseScaleArguments(process.argv.slice(2));
  const strapi = await loadApp();
  try {
    const { setupDemo } = require(`${distDir}/src/seed`);
    const { runScaleSeed } = require(`${distDir}/src/seed/scale-db`);
    // The generated rows hang on the demo's departments, sales managers and reference lists (idempotent).
    await setupDemo(strapi, demoOptions(1));
    const result = await runScaleSeed(strapi, {
      targets: args.targets,
      seed: args.seed,
      batchSize: args.batchSize ?? undefined,
      log: (message) => console.log(message),
    });
    const { done, targets } = result.progress;
    console.log(
      `Scale seed: wrote ${result.written.counterparties} counterparties and ${result.written.interactions} interactions in ` +
        `${result.seconds.toFixed(1)} s; the database now holds ${done.counterparties}/${targets.counterparties} and ` +
        `${done.interactions}/${targets.interactions} of them.`,
    );
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
