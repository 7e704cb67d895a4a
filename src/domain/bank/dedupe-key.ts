import { createHash } from 'crypto';
import { toKopecks } from '../money';
import { otherSide } from './other-side';
import { accountKey, partyCodeKey } from './party-keys';
import type { StatementTransaction } from './statement';

/**
 * A payment's identity across imports, so that importing a statement again — the same file, the same file
 * saved in another encoding, or a later statement whose period overlaps — never stores a payment twice.
 *
 * The key is the sha256 (hex, 64 characters: the payments.dedupe_key column) of the JSON array
 *
 *   ["payment/1", ownAccount, date, direction, currency, amountKopecks, number, otherCode, otherAccount, purpose]
 *
 * with, when the transaction is the n-th (n ≥ 1) of its file with that same identity, the number n
 * appended as an 11th element. Each part, normalised so that only the payment itself decides it:
 * - ownAccount:   the statement's account, spaces removed, upper case ('UA21 3223…' = 'ua213223…');
 * - date:         the document date 'YYYY-MM-DD' (the value date is left out: a bank fills it in later);
 * - direction:    'incoming' | 'outgoing';
 * - currency:     ISO letters, upper case (a multi-currency account pays 100 UAH and 100 USD alike);
 * - amountKopecks: the exact amount in kopecks as digits ('6000' and '6000.00' → '600000');
 * - number:       the bank document number, spaces removed, upper case, leading zeros of an all-digit
 *                 number dropped ('00451' = '451'); '' when blank. Never an identity on its own: two
 *                 documents of one day may share it, as may the same document on two own accounts;
 * - otherCode:    the other side's ЄДРПОУ / РНОКПП (the payer of money received, the payee of money sent),
 *                 digits as partyCodeKey reads them; '' when blank;
 * - otherAccount: the other side's IBAN or account, as accountKey reads it; '' when blank;
 * - purpose:      only when number, otherCode and otherAccount are all blank (nothing else tells two
 *                 payments of one amount apart): its letters and digits, upper case, everything else
 *                 dropped (modifier letters such as the apostrophe ʼ too) — so characters a re-encoding
 *                 cannot keep (ʼ becomes '?' in cp1251) and wrapped or doubled spaces change nothing;
 *                 '' otherwise, because banks cut long purposes differently in different exports.
 * Names are left out: the encoding and the export decide how a name is spelled, not the payment.
 */
const VERSION = 'payment/1';

const documentNumberPart = (number: string | null): string => {
  const compact = (number ?? '').replace(/\s+/g, '').toUpperCase();
  return /^\d+$/.test(compact) ? compact.replace(/^0+(?=\d)/, '') : compact;
};

/** Modifier letters go too: the Ukrainian apostrophe ʼ (U+02BC) is one, and cp1251 cannot hold it. */
const purposePart = (purpose: string): string => purpose.normalize('NFC').toUpperCase().replace(/[^\p{L}\p{N}]|\p{Lm}/gu, '');

/** The readable identity the key is a hash of (logs and tests show it; the database keeps only the hash). */
export function dedupeIdentity(tx: StatementTransaction, occurrence = 0): string {
  const other = otherSide(tx);
  const number = documentNumberPart(tx.number);
  const code = partyCodeKey(other.code) ?? '';
  const account = accountKey(other.account) ?? '';
  const parts: Array<string | number> = [
    VERSION,
    accountKey(tx.ownAccount) ?? '',
    tx.date,
    tx.direction,
    tx.currency.trim().toUpperCase(),
    toKopecks(tx.amount, 'amount').toString(),
    number,
    code,
    account,
    number === '' && code === '' && account === '' ? purposePart(tx.purpose) : '',
  ];
  if (occurrence > 0) parts.push(occurrence);
  return JSON.stringify(parts);
}

/**
 * The dedupe key of a transaction: occurrence 0 for the first transaction of a file with its identity,
 * 1 for the second one with the very same identity, and so on (see assignDedupeKeys).
 */
export function paymentDedupeKey(tx: StatementTransaction, occurrence = 0): string {
  if (!Number.isSafeInteger(occurrence) || occurrence < 0) throw new RangeError(`paymentDedupeKey: occurrence ${occurrence}`);
  return sha256Hex(dedupeIdentity(tx, occurrence));
}

/**
 * The keys of a file's transactions, in their order. A file may hold two payments the identity cannot tell
 * apart (two equal payments from one payer on one day under one bank number): the bank listed two, so two
 * are stored — the second gets occurrence 1 and a key of its own. Occurrences count in file order, so:
 * - importing the same file again gives the same keys, and stores nothing new;
 * - a later statement that overlaps and lists the payment once gives it occurrence 0, the key of the
 *   first twin, and it is recognised as already stored; listing both twins again gives both keys again.
 * What no key can tell: a later statement listing only the second twin matches the first one.
 */
export function assignDedupeKeys(transactions: readonly StatementTransaction[]): string[] {
  return new DedupeKeys().of(transactions);
}

/**
 * assignDedupeKeys for a file taken a window at a time: the occurrences of each identity are counted across
 * the windows, so the keys of a file's windows, one after the other, are the keys of the whole file. Given
 * the identities that may repeat in the file (IdentityRepeats, from a first reading), only those are counted:
 * an identity that occurs once needs no count, and a big statement's identities nearly all do.
 */
export class DedupeKeys {
  // counted by the sha256 of each identity, as its 32 bytes (a string of 32 one-byte characters: the 64
  // characters of its hex key would be twice that): the identities themselves, a few hundred bytes each,
  // need not all be held at once
  private readonly seen = new Map<string, number>();

  constructor(private readonly mayRepeat: ReadonlySet<number> | null = null) {}

  /** The keys of the next transactions of the file, in their order. */
  of(transactions: readonly StatementTransaction[]): string[] {
    return transactions.map((tx) => {
      const identity = dedupeIdentity(tx);
      const digest = createHash('sha256').update(identity, 'utf8').digest();
      if (this.mayRepeat && !this.mayRepeat.has(identityHash(identity))) return digest.toString('hex');
      const counted = digest.toString('latin1');
      const occurrence = this.seen.get(counted) ?? 0;
      this.seen.set(counted, occurrence + 1);
      return occurrence === 0 ? digest.toString('hex') : paymentDedupeKey(tx, occurrence);
    });
  }
}

/**
 * Which identities of a file may occur more than once, found while the file is read for the first time by a
 * small hash of each (a 30-bit FNV-1a: a number V8 keeps without allocating): equal identities have equal
 * hashes, so an identity whose hash occurs once occurs once. Two identities sharing a hash are only counted
 * when they need not be.
 */
export class IdentityRepeats {
  private counts: Map<number, boolean> | null = new Map();
  private repeats: Set<number> | null = null;

  add(tx: StatementTransaction): void {
    if (!this.counts) throw new Error('IdentityRepeats: the file was read already');
    const hash = identityHash(dedupeIdentity(tx));
    this.counts.set(hash, this.counts.has(hash));
  }

  /** The hashes seen more than once; the counts themselves are let go. */
  repeated(): ReadonlySet<number> {
    if (!this.repeats) {
      this.repeats = new Set([...(this.counts ?? [])].filter(([, twice]) => twice).map(([hash]) => hash));
      this.counts = null;
    }
    return this.repeats;
  }
}

function identityHash(identity: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < identity.length; i += 1) {
    hash ^= identity.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash & 0x3fffffff;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
