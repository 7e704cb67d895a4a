export { seedDemo, readDemoBatches, DEMO_STORE, DEMO_STORE_KEY, MAX_SCALE } from './seed-demo';
export type { SeedDemoOptions, SeedDemoResult } from './seed-demo';
export { DEMO_EMPLOYEES, DEMO_DEPARTMENTS, DEPARTMENT_NAMES, OUR_COMPANY } from './demo-company';
export type { DemoEmployee, DemoRole } from './demo-company';
export { setupDemo } from './setup-demo';
export type { SetupDemoOptions, DemoLogin } from './setup-demo';
