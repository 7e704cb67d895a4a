import type { LocalDate } from '../time/local-date';
import { kopecksText } from './amounts';
import { SectionFields } from './client-bank-1c-fields';
import { currencyCode, DEFAULT_CURRENCY } from './currencies';
import { quotedValue, refusal } from './refusal';
import { detached, KeptStrings } from './string-copies';
import type { PaymentDirection, StatementParty, StatementTransaction } from './statement';
import { accountOrNull, taxCodeOrNull, textOrNull } from './text';

/**
 * One 1C payment document as the transactions it makes. The Russian key set (ИНН, БИК) and the Ukrainian
 * one (ОКПО, МФО, КодВалюты) are both read. Which way the money went is decided by the accounts first (the
 * payee's account is one of the statement's own: incoming; the payer's: outgoing), then by the dates the
 * bank filled in (ДатаПоступило: incoming, ДатаСписано: outgoing). A transfer between two own accounts
 * left undecided by the dates makes two transactions, one for each account, so that each balance section
 * adds up.
 */

type Side = 'Плательщик' | 'Получатель';

/** Each side's key names, spelled out once rather than put together for every document. */
function sideKeys(side: Side) {
  return {
    side,
    name: `${side}1`,
    codes: [`${side}ИНН`, `${side}ОКПО`, `${side}ЕДРПОУ`],
    accounts: [`${side}Счет`, `${side}РасчСчет`],
    mfos: [`${side}МФО`, `${side}БИК`],
    banks: [`${side}Банк1`, `${side}Банк`],
  };
}
const KEYS = { Плательщик: sideKeys('Плательщик'), Получатель: sideKeys('Получатель') } as const;

/** `Плательщик=ИНН 7701234567 КПП 770101001 ООО "Ромашка"`: the code and the name in one value. */
const COMPOSITE_NAME = /^(?:ИНН|ІПН|ЄДРПОУ|ОКПО)\s*:?\s*(\d+)\s*(?:КПП\s*:?\s*\d+\s*)?(.*)$/is;

const PURPOSE_LINES = ['НазначениеПлатежа1', 'НазначениеПлатежа2', 'НазначениеПлатежа3', 'НазначениеПлатежа4', 'НазначениеПлатежа5', 'НазначениеПлатежа6'];

/** The accounts the statement declares as its own: the header's РасчСчет and the balance sections'. */
export type OwnAccounts = ReadonlySet<string>;

function party(fields: SectionFields, side: Side): StatementParty {
  const keys = KEYS[side];
  const composite = COMPOSITE_NAME.exec(fields.text(side));
  return {
    name: textOrNull(fields.text(keys.name)) ?? textOrNull(composite ? composite[2] : fields.text(side)),
    code: taxCodeOrNull(fields.text(...keys.codes)) ?? (composite ? composite[1] : null),
    account: accountOrNull(fields.text(...keys.accounts)),
    mfo: textOrNull(fields.text(...keys.mfos)),
    bankName: textOrNull(fields.text(...keys.banks)),
  };
}

/** The party as the transaction keeps it: its values copied off the file's text, equal ones shared. */
function keptParty(party: StatementParty, strings: KeptStrings): StatementParty {
  return {
    name: strings.ofNullable(party.name),
    code: strings.ofNullable(party.code),
    account: strings.ofNullable(party.account),
    mfo: strings.ofNullable(party.mfo),
    bankName: strings.ofNullable(party.bankName),
  };
}

function copyOfParty(party: StatementParty): StatementParty {
  return { name: party.name, code: party.code, account: party.account, mfo: party.mfo, bankName: party.bankName };
}

/** The side's own account, when any account the document gives for it is one of the statement's. */
function ownAccountOf(fields: SectionFields, side: Side, own: OwnAccounts): string | null {
  for (const key of KEYS[side].accounts) {
    const account = accountOrNull(fields.text(key));
    if (account !== null && own.has(account)) return account;
  }
  return null;
}

/**
 * НазначениеПлатежа holds the whole purpose; НазначениеПлатежа1…6 are its lines, which some banks give
 * instead and some as well. When the lines only repeat the whole, they are kept (they carry the line
 * breaks); otherwise everything given is kept, blanks skipped.
 */
function purpose(fields: SectionFields): string {
  const whole = fields.text('НазначениеПлатежа').trim();
  const lines = PURPOSE_LINES.map((key) => fields.text(key).trim()).filter((text) => text !== '');
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  if (lines.length === 0) return whole;
  if (whole === '' || squeeze(whole) === squeeze(lines.join(''))) return lines.join('\n');
  return [whole, ...lines].join('\n');
}

function currency(fields: SectionFields): string {
  const entry = fields.entry('КодВалюты');
  if (!entry || entry.value === '') return DEFAULT_CURRENCY;
  const code = currencyCode(entry.value);
  if (code === null) throw refusal(entry.line, 'statement.badCurrency', { field: 'КодВалюты', value: quotedValue(entry.value) });
  return code;
}

interface Movement {
  direction: PaymentDirection;
  ownAccount: string;
}

function movements(fields: SectionFields, own: OwnAccounts, received: LocalDate | null, debited: LocalDate | null): Movement[] {
  const outgoingFrom = ownAccountOf(fields, 'Плательщик', own);
  const incomingTo = ownAccountOf(fields, 'Получатель', own);
  const onlyDebited = debited !== null && received === null;
  const onlyReceived = received !== null && debited === null;

  if (outgoingFrom !== null && incomingTo !== null) {
    if (onlyDebited) return [{ direction: 'outgoing', ownAccount: outgoingFrom }];
    if (onlyReceived) return [{ direction: 'incoming', ownAccount: incomingTo }];
    if (outgoingFrom === incomingTo) throw refusal(fields.line, 'statement.unknownDirection');
    return [
      { direction: 'outgoing', ownAccount: outgoingFrom },
      { direction: 'incoming', ownAccount: incomingTo },
    ];
  }
  if (incomingTo !== null) return [{ direction: 'incoming', ownAccount: incomingTo }];
  if (outgoingFrom !== null) return [{ direction: 'outgoing', ownAccount: outgoingFrom }];

  if (!onlyDebited && !onlyReceived) throw refusal(fields.line, 'statement.unknownDirection');
  const direction: PaymentDirection = onlyReceived ? 'incoming' : 'outgoing';
  return [{ direction, ownAccount: soleOwnAccount(fields, own, direction) }];
}

/**
 * Neither account of the document is declared own, yet the bank dated its receipt or debit: it belongs to
 * the statement's only account, or, in a file that declares none, to the account on our side of it.
 */
function soleOwnAccount(fields: SectionFields, own: OwnAccounts, direction: PaymentDirection): string {
  if (own.size === 1) return [...own][0];
  if (own.size === 0) {
    const ours = party(fields, direction === 'incoming' ? 'Получатель' : 'Плательщик').account;
    if (ours !== null) return ours;
  }
  throw refusal(fields.line, 'statement.unknownAccount');
}

/**
 * `strings` keeps what the transactions keep: a document's values are slices of the file's text, and the
 * transactions outlive the text (see string-copies.ts).
 */
export function documentTransactions(fields: SectionFields, documentType: string, own: OwnAccounts, strings: KeptStrings): StatementTransaction[] {
  const amount = kopecksText(fields.paymentKopecks('Сумма'));
  const received = fields.date('ДатаПоступило');
  const debited = fields.date('ДатаСписано');
  const date = fields.date('Дата') ?? received ?? debited;
  if (date === null) throw refusal(fields.line, 'statement.missingField', { field: 'Дата' });
  const payer = keptParty(party(fields, 'Плательщик'), strings);
  const payee = keptParty(party(fields, 'Получатель'), strings);
  const number = textOrNull(fields.text('Номер'));
  const documentTypeText = strings.ofNullable(textOrNull(documentType));
  const kept = {
    number: number === null ? null : detached(number),
    date: strings.of(date),
    currency: strings.of(currency(fields)),
    purpose: detached(purpose(fields)),
  };
  // every property spelled out, no object spread: V8 gives each object made by spreading one object into a
  // literal with more properties a hidden class of its own, some 400 bytes more per transaction. The two
  // transactions of a transfer between own accounts get parties of their own; one transaction takes them as made.
  const moved = movements(fields, own, received, debited);
  const single = moved.length === 1;
  return moved.map(({ direction, ownAccount }) => ({
    line: fields.line,
    documentType: documentTypeText,
    number: kept.number,
    date: kept.date,
    amount,
    currency: kept.currency,
    payer: single ? payer : copyOfParty(payer),
    payee: single ? payee : copyOfParty(payee),
    purpose: kept.purpose,
    valueDate: strings.ofNullable(direction === 'incoming' ? received : debited),
    ownAccount: strings.of(ownAccount),
    direction,
  }));
}
