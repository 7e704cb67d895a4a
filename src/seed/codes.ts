import { makeEdrpou, makeRnokpp, makeUaIban } from '../domain/identifiers';
import type { Rng } from './random';
import { addDays } from '../domain/time';
import { pad } from './text';

/**
 * Identifiers of demo counterparties: valid check digits, unique across batches (derived from the batch number
 * and the index in the batch through a bijective scramble, so they do not look sequential).
 */

const MAX_BATCH = 299;

/** ЄДРПОУ in 30000000..59999999 for (batch, index), index < 10000. */
export function demoEdrpou(batch: number, index: number): string {
  if (batch < 1 || batch > MAX_BATCH || index < 0 || index >= 10_000) throw new RangeError('demoEdrpou: batch 1..299, index 0..9999');
  const key = batch * 10_000 + index;
  const scrambled = (key * 1_234_577) % 3_000_000; // 1234577 is coprime with 3·10^6 (= 2^6·3·5^6): a bijection
  return makeEdrpou(String(3_000_000 + scrambled));
}

/**
 * РНОКПП for (batch, index), index < 100: digits 1–5 are the birth date (days since 31.12.1899, born 1960–1993),
 * digit 9 is odd for men and even for women. Returns the code and the birth date it encodes.
 */
export function demoRnokpp(batch: number, index: number, sex: 'm' | 'f', rng: Rng): { code: string; birthday: string } {
  if (batch < 1 || batch > 1000 || index < 0 || index >= 100) throw new RangeError('demoRnokpp: batch 1..1000, index 0..99');
  const key = batch * 100 + index;
  const scrambled = (key * 7919) % 120_000; // 7919 is prime, coprime with 120000
  const days = 22_000 + Math.floor(scrambled / 10);
  const sexDigit = sex === 'm' ? rng.pick([1, 3, 5, 7, 9]) : rng.pick([0, 2, 4, 6, 8]);
  const first9 = `${pad(days, 5)}${scrambled % 10}${rng.digits(2)}${sexDigit}`;
  return { code: makeRnokpp(first9), birthday: addDays('1899-12-31', days) };
}

/** A 12-digit ІПН платника ПДВ built from a ЄДРПОУ and a region number. */
export function demoVatNumber(edrpou: string, regionNumber: number, rng: Rng): string {
  return `${edrpou.slice(0, 7)}${pad(regionNumber % 100, 2)}${rng.digits(3)}`;
}

/** A UA IBAN at a bank: balance account 2600 (business) or 2620 (private person), unique per (batch, index, n). */
export function demoIban(mfo: string, batch: number, index: number, n: number, privatePerson: boolean, rng: Rng): string {
  const account = `00000${privatePerson ? '2620' : '2600'}${n % 10}${pad(batch * 10_000 + index, 7)}${rng.digits(2)}`;
  return makeUaIban(mfo, account);
}
