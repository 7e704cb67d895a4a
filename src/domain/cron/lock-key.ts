/**
 * The PostgreSQL advisory-lock key of a scheduled task: a signed 64-bit integer (what
 * pg_try_advisory_xact_lock(bigint) takes) derived from the task name, the same in every process and
 * release. FNV-1a over the UTF-8 bytes of "vitrylo:cron:<name>"; the prefix keeps Vitrylo's keys apart
 * from other software locking in the same database.
 */

const FNV_OFFSET = BigInt('0xcbf29ce484222325');
const FNV_PRIME = BigInt('0x100000001b3');
const MASK_64 = (BigInt(1) << BigInt(64)) - BigInt(1);

export const LOCK_KEY_PREFIX = 'vitrylo:cron:';

export function advisoryLockKey(taskName: string): bigint {
  let hash = FNV_OFFSET;
  for (const byte of Buffer.from(`${LOCK_KEY_PREFIX}${taskName}`, 'utf8')) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return BigInt.asIntN(64, hash);
}
