import type { ContractForMatching, InvoiceForMatching } from '../domain/bank/matching';

/**
 * What one import has read of the counterparties, kept across its windows: each code, IBAN and name looked
 * up once, each counterparty and its invoices and contracts read once, the first time a window needs them.
 * A statement pays the same few thousand parties window after window; reading them again for each window was
 * most of what a windowed import allocated (every invoice of a payer read, parsed and dropped dozens of
 * times), and that garbage, not what is kept, is what lifted the import's peak memory. What is kept is the
 * statement's counterparties and their documents, as the import that read them all at once held them.
 * Valid while the counterparties stay as they are: the keys of counterparties the import makes are
 * forgotten (forgetKeys) and looked up again.
 */
export class MatchingCache {
  /** code key (partyCodeKey) → the counterparties having it; [] when none has */
  readonly byCode = new Map<string, string[]>();
  /** IBAN key (accountKey) → the counterparties with a bank account of it; [] when none has */
  readonly byIban = new Map<string, string[]>();
  /** name key → the counterparties whose short or full name has it, for the names looked up (see lookUpNames) */
  private readonly byName = new Map<string, string[]>();
  /** the names looked up, one by one; once every name of the statement was (allNamesSearched), those to look up again */
  private readonly namesSearched = new Set<string>();
  private everyName = false;
  /** counterparty id → the name a preview shows; kept only when `withNames` (an import has no use for them) */
  readonly counterpartyNames = new Map<string, string>();

  constructor(readonly withNames = true) {}
  /** counterparty id → its invoices (every state) and contracts; [] when it has none */
  readonly invoices = new Map<string, InvoiceForMatching[]>();
  readonly contracts = new Map<string, ContractForMatching[]>();
  /** one copy of each of the few values thousands of invoices repeat (states, currencies, dates) */
  private readonly values = new Map<string, string>();

  readonly shared = (value: string | null): string | null => {
    if (value === null) return null;
    const kept = this.values.get(value);
    if (kept !== undefined) return kept;
    this.values.set(value, value);
    return value;
  };

  unsearchedNames(names: Iterable<string>): Set<string> {
    const looked = (name: string) => (this.everyName ? !this.namesSearched.has(name) : this.namesSearched.has(name));
    return new Set([...names].filter((name) => !looked(name)));
  }

  recordNames(searched: Iterable<string>, found: ReadonlyMap<string, number[]>): void {
    for (const name of searched) {
      if (this.everyName) this.namesSearched.delete(name);
      else this.namesSearched.add(name);
      const ids = found.get(name);
      if (ids && ids.length > 0) this.byName.set(name, ids.map(String));
      else this.byName.delete(name);
    }
  }

  /**
   * Every name the import will look up has been (its statement's names, looked up at once): the names need
   * not be remembered one by one, only those to look up again.
   */
  allNamesSearched(): void {
    this.everyName = true;
    this.namesSearched.clear();
  }

  /** The counterparties bearing the name (looked up before); none when no one does. */
  named(name: string): readonly string[] {
    return this.byName.get(name) ?? [];
  }

  /** Codes, IBANs and names some counterparty may bear now that none did when they were looked up. */
  forgetKeys({ codes = [], ibans = [], names = [] }: { codes?: Iterable<string>; ibans?: Iterable<string>; names?: Iterable<string> }): void {
    for (const code of codes) this.byCode.delete(code);
    for (const iban of ibans) this.byIban.delete(iban);
    for (const name of names) {
      if (this.everyName) this.namesSearched.add(name);
      else this.namesSearched.delete(name);
    }
  }
}
