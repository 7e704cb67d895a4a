import type { LocalDate } from '../time';

/**
 * What every statement parser yields, whatever the bank's file looked like: the account(s) it covers, the
 * period, the balance sections, and one transaction per payment document. Amounts are decimal strings with
 * two digits ('6000.00'), always positive; the direction says which way the money went.
 */
export const STATEMENT_FORMATS = ['client-bank-1c', 'privatbank-csv', 'ibank2-csv', 'alfa-csv'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

export const STATEMENT_ENCODINGS = ['utf-8', 'cp1251', 'cp866'] as const;
export type StatementEncoding = (typeof STATEMENT_ENCODINGS)[number];

export type PaymentDirection = 'incoming' | 'outgoing';

/** One side of a payment as the bank wrote it; blanks are null. */
export interface StatementParty {
  name: string | null;
  /** ЄДРПОУ, РНОКПП or (Russian files) ИНН, digits only. */
  code: string | null;
  /** IBAN or a legacy account number, without spaces. */
  account: string | null;
  mfo: string | null;
  bankName: string | null;
}

export interface StatementTransaction {
  /** 1-based line of the file where this document or row starts: every later message about it names it. */
  line: number;
  /** 1C's document type ('Платежное поручение', 'Банковский ордер', …); null in CSV exports. */
  documentType: string | null;
  /** The bank document number as written; not an identity on its own (two documents may share it). */
  number: string | null;
  /** The document or operation date. */
  date: LocalDate;
  /** When the money arrived or left (1C's ДатаПоступило / ДатаСписано), else null. */
  valueDate: LocalDate | null;
  /** The statement's own account this transaction belongs to. */
  ownAccount: string;
  direction: PaymentDirection;
  /** Positive decimal string with two digits. */
  amount: string;
  /** ISO 4217 letters ('UAH', 'USD', …). */
  currency: string;
  payer: StatementParty;
  payee: StatementParty;
  purpose: string;
}

/** A balance section (1C's СекцияРасчСчет) or what a CSV export says about one account, totals as decimal strings. */
export interface StatementBalance {
  line: number;
  account: string;
  periodFrom: LocalDate | null;
  periodTo: LocalDate | null;
  opening: string | null;
  incoming: string | null;
  outgoing: string | null;
  closing: string | null;
}

export interface ParsedStatement {
  format: StatementFormat;
  encoding: StatementEncoding;
  /** The own account the statement is for (the first one when it covers several). */
  account: string | null;
  accounts: string[];
  periodFrom: LocalDate | null;
  periodTo: LocalDate | null;
  balances: StatementBalance[];
  transactions: StatementTransaction[];
}

/**
 * A file refused as a whole: not a statement, incomplete, or its balances do not add up. `line` is the
 * 1-based line the reason is about (0 when it is about the file as a whole, e.g. an empty file); `code` and
 * `params` name the message in the catalog (domain/messages) so the panel can say it in Ukrainian.
 */
export class StatementRefusal extends Error {
  readonly line: number;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(line: number, code: string, reason: string, params: Readonly<Record<string, string | number>> = {}) {
    super(line > 0 ? `line ${line}: ${reason}` : reason);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'StatementRefusal';
    this.line = line;
    this.code = code;
    this.params = params;
  }
}
