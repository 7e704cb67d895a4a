/**
 * Jest's node environment, with Strapi loaded once per worker instead of once per test file.
 *
 * Jest gives each test file a module registry of its own, so every suite used to require Strapi and the
 * compiled app afresh: about 7 s of a suite's boot, where a second boot in one Node process takes about 1 s.
 * This environment is itself loaded by Node's own require, in the worker, which lives across test files: what
 * it requires (Strapi, dist/) stays in Node's module cache, and startStrapi and fromDist (tests/helpers) load
 * through it. Each Strapi instance still boots anew on a database of its own. The app's own state hangs off
 * the instance (WeakMaps keyed by it), not off its modules; what Strapi keeps in its modules, once per process,
 * the app replaces on each start (its route middlewares, the ownership conditions' Strapi), and the admin
 * login's attempt counts are forgotten here before each file, as a new process would.
 *
 * Code loaded this way sees the worker's real `process`, `Date` and timers, not the test file's copies. So:
 * - the test file's `process.env` is the real one during the file, and restored as it was afterwards;
 * - a test that fakes time for the server (jest.useFakeTimers) opts out with a `@jest-environment node`
 *   docblock and loads Strapi in its own registry as before.
 */
const path = require('path');
const { TestEnvironment } = require('jest-environment-node');

/** The admin login's rate limiter keeps its counts in its module (koa2-ratelimit's memory store). */
function forgetLoginAttempts() {
  const admin = path.dirname(require.resolve('@strapi/admin/package.json'));
  require(require.resolve('koa2-ratelimit/src/MemoryStore.js', { paths: [admin] })).cleanAll();
}

const SHARED_CONSTRUCTORS = ['Date', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError'];

class StrapiEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.environmentBefore = { ...process.env };
    this.global.process.env = process.env;
    // Values that cross between the test and the server are checked with instanceof on both sides (knex binds a
    // Date, the cron kit records an Error's message): the test's `new Date()` and `new Error()` are the worker's.
    for (const name of SHARED_CONSTRUCTORS) this.global[name] = global[name];
    this.global.__vitryloNative = { require, process };
    forgetLoginAttempts();
  }

  async teardown() {
    for (const key of Object.keys(process.env)) if (!(key in this.environmentBefore)) delete process.env[key];
    Object.assign(process.env, this.environmentBefore);
    await super.teardown();
  }
}

module.exports = StrapiEnvironment;
