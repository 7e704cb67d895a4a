/**
 * How test helpers load Strapi and the compiled app: through the worker's own Node require when the test runs in
 * tests/helpers/strapi-environment.js (loaded once per worker), else through this file's Jest registry (a test
 * that opted out with `@jest-environment node`). `workerProcess` is the process that Strapi so loaded sees.
 */
interface WorkerNative {
  require: NodeRequire;
  process: NodeJS.Process;
}

const native: WorkerNative | undefined = (globalThis as any).__vitryloNative;

export const workerRequire: (id: string) => any = native ? native.require : require;
export const workerProcess: NodeJS.Process = native ? native.process : process;
