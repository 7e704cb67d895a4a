import { makeEdrpou, makeRnokpp, makeUaIban } from '../../domain/identifiers';
import { addDays } from '../../domain/time';
import type { Rng } from '../random';
import { pad } from '../text';

/**
 * Identifiers of generated counterparties: valid check digits, unique per index, and apart from the demo
 * seed's ranges (its ЄДРПОУ are 30000000–59999999, its РНОКПП encode birth days 22000–33999) so both can
 * live in one database under the unique indexes.
 */
export const MAX_SCALE_COUNTERPARTIES = 2_000_000;

const EDRPOU_SPAN = 2_000_000; // heads 1000000..2999999: ЄДРПОУ 10000000..29999999
const EDRPOU_STEP = 1_234_567; // coprime with 2·10^6 (= 2^7·5^6)
const RNOKPP_SPAN = 30_000_000; // 3000 birth days × 10000 serials
const RNOKPP_STEP = 7_654_321; // coprime with 3·10^7 (= 2^7·3·5^7)
const RNOKPP_FIRST_DAY = 34_000; // 1993-02-01

function checkIndex(index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_SCALE_COUNTERPARTIES) {
    throw new RangeError(`scale codes: index 0..${MAX_SCALE_COUNTERPARTIES - 1}`);
  }
}

/** ЄДРПОУ of the legal entity number `index`. */
export function scaleEdrpou(index: number): string {
  checkIndex(index);
  return makeEdrpou(String(1_000_000 + ((index * EDRPOU_STEP) % EDRPOU_SPAN)));
}

/** РНОКПП of the private entrepreneur number `index`, with the birth date its first five digits encode. */
export function scaleRnokpp(index: number): { code: string; birthday: string } {
  checkIndex(index);
  const scrambled = Number((BigInt(index) * BigInt(RNOKPP_STEP)) % BigInt(RNOKPP_SPAN));
  const days = RNOKPP_FIRST_DAY + Math.floor(scrambled / 10_000);
  return { code: makeRnokpp(`${pad(days, 5)}${pad(scrambled % 10_000, 4)}`), birthday: addDays('1899-12-31', days) };
}

/** ІПН платника ПДВ: the ЄДРПОУ's first 7 digits, the region number, 3 digits. */
export function scaleVatNumber(edrpou: string, regionNumber: number, rng: Rng): string {
  return `${edrpou.slice(0, 7)}${pad(regionNumber % 100, 2)}${rng.digits(3)}`;
}

/** A UA IBAN: balance account 2600 (business) or 2620 (private person), the index inside. */
export function scaleIban(mfo: string, index: number, n: number, privatePerson: boolean, rng: Rng): string {
  return makeUaIban(mfo, `0${privatePerson ? '2620' : '2600'}${n % 10}${pad(index, 7)}${rng.digits(6)}`);
}
