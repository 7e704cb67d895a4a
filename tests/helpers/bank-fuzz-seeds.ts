import { dos1C, encode, privatbankCsv, ukrainian1C } from './bank-fixtures';
import { findBankSamplesDir, readSample, SAMPLE_FILES } from './bank-samples';

/** The files mutations start from: the fixtures, and the real samples where they can be found. */
export function fuzzSeeds(): { seeds: Uint8Array[]; withSamples: boolean } {
  const seeds = [
    encode(ukrainian1C('\r\n'), 'cp1251'),
    encode(ukrainian1C('\n'), 'utf-8-bom'),
    encode(dos1C(), 'cp866'),
    encode(privatbankCsv(), 'cp1251'),
  ];
  const dir = findBankSamplesDir();
  if (dir) seeds.push(...Object.values(SAMPLE_FILES).map((file) => readSample(dir, file)));
  return { seeds, withSamples: dir !== null };
}
