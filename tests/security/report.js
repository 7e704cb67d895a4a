/**
 * Global teardown of the security project: sums what each test file of this run wrote to
 * .tmp/security-stats/ (requests sent, cases per attack class, failing cases) and prints it once.
 */
const fs = require('fs');
const path = require('path');

module.exports = async () => {
  await require('../helpers/global-teardown')();
  const dir = path.resolve(__dirname, '../../.tmp/security-stats');
  if (!fs.existsSync(dir)) return;
  // only files written during this run (the Jest process started process.uptime() seconds ago)
  const since = Date.now() - process.uptime() * 1000 - 1000;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));
  let requests = 0;
  const cases = {};
  const failed = {};
  const perFile = [];
  for (const file of files) {
    if (fs.statSync(file).mtimeMs < since) continue; // left by an earlier run
    const stats = JSON.parse(fs.readFileSync(file, 'utf8'));
    requests += stats.requests;
    const t = stats.timing || {};
    perFile.push(`${stats.file}: ${stats.requests} requests, ${Math.round((t.requestMs || 0) / 1000)} s waiting for them, ${Math.round((t.graphMs || 0) / 1000)} s reading the database`);
    for (const [cls, n] of Object.entries(stats.cases)) cases[cls] = (cases[cls] || 0) + n;
    for (const [cls, n] of Object.entries(stats.failedCases)) failed[cls] = (failed[cls] || 0) + n;
  }
  if (perFile.length === 0) return;
  const width = Math.max(...Object.keys(cases).map((c) => c.length));
  const lines = Object.keys(cases)
    .sort()
    .map((cls) => `  ${cls.padEnd(width)}  ${String(cases[cls]).padStart(5)} cases  ${failed[cls] ? `${failed[cls]} failing` : 'all clean'}`);
  const total = Object.values(cases).reduce((a, b) => a + b, 0);
  console.log(
    `\nSecurity suite: ${requests} requests sent, ${total} cases (${perFile.join('; ')})\n${lines.join('\n')}\n` +
      `Failing cases in detail: ${path.relative(process.cwd(), dir)}/*.json ("failures")\n`,
  );
};
