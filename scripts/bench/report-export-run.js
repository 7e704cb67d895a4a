/**
 * node --expose-gc scripts/bench/report-export-run.js <database-url> <login> <file>
 *
 * The measured part of `npm run bench:report-export`, in a plain Node process so that its memory is Strapi's
 * and the export's only (not the TypeScript loader's the benchmark script runs under): loads the compiled
 * app on the database, exports the whole chronicle as the demo login into <file>, and prints one JSON line
 * with the rows, the rows the login may see, seconds and memory. The peak is the kernel's high-water mark of
 * the process's resident memory, reset just before the export (Linux), else the peak since the start.
 */
const fs = require('fs');
const { distDir, prepareEnvironment, loadApp } = require('../lib/app');

const [databaseUrl, login, file] = process.argv.slice(2);

const KB = 1024;
const highWaterMark = () => {
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) * KB : null;
};

/** Starts counting the peak from now; false where the kernel offers no reset (the peak then counts from the start). */
function resetPeak() {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return highWaterMark() !== null;
  } catch {
    return false;
  }
}

async function main() {
  process.env.DATABASE_URL = databaseUrl;
  process.env.CRON_ENABLED = 'false';
  prepareEnvironment();
  const strapi = await loadApp();
  try {
    const { visibilityFor } = require(`${distDir}/src/access/visibility`);
    const { prepareRun, streamPagedWorkbook } = require(`${distDir}/src/reports/run-report`);
    const { visibleWhere } = require(`${distDir}/src/reports/report-context`);
    const { localDateOf } = require(`${distDir}/src/domain/time`);
    const { businessTime } = require(`${distDir}/src/time/business-time`);

    const user = await strapi.db.query('admin::user').findOne({ where: { email: `${login}@vitrylo.demo` } });
    if (!user) throw new Error(`no demo login ${login}@vitrylo.demo in the database`);
    const visibility = await visibilityFor(strapi, user);
    const table = strapi.db.metadata.get('api::interaction.interaction').tableName;
    const span = await strapi.db.connection(table).min('occurred_at as first').max('occurred_at as last').first();
    const { timeZone } = businessTime(strapi);
    const period = { from: localDateOf(new Date(span.first), timeZone), to: localDateOf(new Date(span.last), timeZone) };
    const run = await prepareRun(strapi, visibility, 'contact-chronicle', { period }, 'uk');
    const visible = await strapi.db.query('api::interaction.interaction').count({ where: visibleWhere(run.context, 'api::interaction.interaction', {}) });

    global.gc?.();
    const baselineRss = process.memoryUsage.rss();
    const peakFromNow = resetPeak();
    const started = process.hrtime.bigint();
    const output = fs.createWriteStream(file);
    const finished = new Promise((resolve, reject) => {
      output.on('finish', resolve);
      output.on('error', reject);
    });
    const summary = await streamPagedWorkbook(run, output);
    await finished;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peakRss = peakFromNow ? highWaterMark() : process.resourceUsage().maxRSS * KB;
    console.log(JSON.stringify({ period, rows: summary.rowCount, visible: Number(visible), seconds, bytes: fs.statSync(file).size, baselineRss, peakRss, peakSinceStart: !peakFromNow }));
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
