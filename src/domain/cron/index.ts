export { advisoryLockKey, LOCK_KEY_PREFIX } from './lock-key';
export { checkTaskName } from './task-name';
export { errorMessage } from './run-record';
export type { CronRunOutcome, CronRunRecord } from './run-record';
