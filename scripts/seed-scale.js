#!/usr/bin/env node
/**
 * npm run seed:scale [-- --counterparties N --interactions M --invoices I --requests R --schedule-entries E
 * --seed S --batch B --no-build]: bulk data for benchmarks (defaults 1,000,000 counterparties, 10,000,000 interactions,
 * two invoices per counterparty with payments for about 80% of them, a request per two counterparties and 200
 * schedule entries per demo employee), written straight into the database on top of the demo setup.
 * Idempotent and resumable: the progress is kept in strapi_core_store_settings. --no-build skips compiling the
 * server code, for a caller that has just compiled it (a benchmark's smoke run).
 */
const { prepareEnvironment, compile, loadApp, distDir } = require('./lib/app');
const { demoOptions } = require('./seed');

async function main() {
  prepareEnvironment();
  process.env.CRON_ENABLED = 'false';
  if (!process.argv.includes('--no-build')) await compile();
  const { parseScaleArguments } = require(`${distDir}/src/seed/scale`);
  const args = parseScaleArguments(process.argv.slice(2));
  const strapi = await loadApp();
  try {
    const { setupDemo } = require(`${distDir}/src/seed`);
    const { runScaleSeed } = require(`${distDir}/src/seed/scale-db`);
    // The generated rows hang on the demo company's departments, sales managers and reference lists, and the
    // demo logins look at them; the demo's own history (scale 1) would only be noise among them (idempotent).
    await setupDemo(strapi, demoOptions(0));
    const result = await runScaleSeed(strapi, {
      targets: args.targets,
      seed: args.seed,
      batchSize: args.batchSize ?? undefined,
      log: (message) => console.log(message),
    });
    const { done, targets } = result.progress;
    const kinds = [
      ['counterparties', 'counterparties'],
      ['interactions', 'interactions'],
      ['invoices', 'invoices'],
      ['payments', 'payments'],
      ['requests', 'inbound requests'],
      ['scheduleEntries', 'schedule entries'],
    ];
    console.log(`Scale seed: ${result.seconds.toFixed(1)} s in all.`);
    for (const [key, label] of kinds) {
      const seconds = result.timings[key === 'payments' ? 'invoices' : key];
      // Payments have no target of their own: they are written with their invoices.
      const time = key === 'payments' ? ' (with the invoices)' : seconds === undefined ? '' : ` in ${seconds.toFixed(1)} s`;
      const target = key === 'payments' ? '' : `/${targets[key]}`;
      console.log(`  ${label}: wrote ${result.written[key]}${time}; the database holds ${done[key]}${target}`);
    }
    if (result.timings.analyze !== undefined) console.log(`  vacuumed and statistics refreshed in ${result.timings.analyze.toFixed(1)} s`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
