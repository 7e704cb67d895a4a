import fs from 'fs';
import path from 'path';

/**
 * The real bank statements the parsers are tested on live outside the repository (see their README):
 * BANK_SAMPLES_DIR when set, else a `shared/bank-samples` beside the checkout or beside any folder above
 * it (the worktrees here sit next to /work/shared; CI's clean clone may sit deeper).
 */
export const SAMPLE_FILES = {
  oneDay1C: '01_ru_1c_kilylabs_one_day.cp1251.txt',
  procreditIbank2: '03_ua_procredit_business_ibank2.cp1251.csv',
  alfaSense: '05_ua_alfa_sense_business.cp1251.csv',
} as const;

export function findBankSamplesDir(): string | null {
  const candidates: string[] = [];
  if (process.env.BANK_SAMPLES_DIR) candidates.push(path.resolve(process.env.BANK_SAMPLES_DIR));
  let dir = path.resolve(__dirname, '../..');
  for (;;) {
    candidates.push(path.join(dir, 'shared', 'bank-samples'), path.join(dir, '..', 'shared', 'bank-samples'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return candidates.find((candidate) => Object.values(SAMPLE_FILES).every((file) => fs.existsSync(path.join(candidate, file)))) ?? null;
}

export function readSample(dir: string, file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(dir, file)));
}
