import { hashSeed } from '../random';

/**
 * Deterministic documentIds in the format Strapi generates (cuid2, 24 characters: a lower-case letter, then
 * 23 of [0-9a-z]). Deterministic so that a second run finds what the first one wrote, and decodable so that a
 * resumed run can map rows already in the database back to the generator's index without keeping them all.
 *
 * Layout: 8 characters of prefix (from the seed and the kind of row), 10 characters of the index through a
 * bijection modulo 36^10, 6 characters of hash noise so neighbouring rows do not look alike.
 */
const BODY_LENGTH = 10;
const MODULUS = 36n ** BigInt(BODY_LENGTH);
// Coprime with 36 (neither even nor a multiple of 3): multiplying by it is a bijection modulo 36^10. Near the
// golden ratio of the modulus, so neighbouring indexes differ in the leading characters too.
const MULTIPLIER = 2_259_630_184_031_291n;
const OFFSET = 1_874_219_936_582_041n;
const INVERSE = modularInverse(MULTIPLIER, MODULUS);
const NOISE_MODULUS = 36 ** 6;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export const DOCUMENT_ID_PATTERN = /^[a-z][0-9a-z]{23}$/;
export const MAX_DOCUMENT_INDEX = 2 ** 31 - 1;

function modularInverse(value: bigint, modulus: bigint): bigint {
  let [oldR, r] = [value % modulus, modulus];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new Error('document-id: the multiplier is not invertible');
  return ((oldS % modulus) + modulus) % modulus;
}

/** The 8 characters every documentId of one kind of row (for one seed) starts with. */
export function documentIdPrefix(seed: string, kind: string): string {
  let h = hashSeed(`vitrylo-scale:${seed}:${kind}`);
  let prefix = LETTERS[h % 26];
  for (let i = 1; i < 8; i += 1) {
    h = hashSeed(`${h}:${i}`);
    prefix += (h % 36).toString(36);
  }
  return prefix;
}

/** Builds documentIds of one kind for one seed. */
export class DocumentIds {
  readonly prefix: string;

  constructor(seed: string, kind: string) {
    this.prefix = documentIdPrefix(seed, kind);
  }

  of(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index > MAX_DOCUMENT_INDEX) throw new RangeError(`document-id: bad index ${index}`);
    const body = ((BigInt(index) * MULTIPLIER + OFFSET) % MODULUS).toString(36).padStart(BODY_LENGTH, '0');
    const noise = (hashSeed(this.prefix + body) % NOISE_MODULUS).toString(36).padStart(6, '0');
    return this.prefix + body + noise;
  }

  /** The index a documentId of this kind was built from, or null when it is not one of ours. */
  indexOf(documentId: string): number | null {
    if (typeof documentId !== 'string' || documentId.length !== 24 || !documentId.startsWith(this.prefix)) return null;
    const body = documentId.slice(8, 8 + BODY_LENGTH);
    let value = 0n;
    for (const ch of body) {
      const digit = parseInt(ch, 36);
      if (Number.isNaN(digit)) return null;
      value = value * 36n + BigInt(digit);
    }
    const index = (((value - OFFSET) % MODULUS) + MODULUS) % MODULUS * INVERSE % MODULUS;
    if (index > BigInt(MAX_DOCUMENT_INDEX)) return null;
    const n = Number(index);
    return this.of(n) === documentId ? n : null;
  }
}
