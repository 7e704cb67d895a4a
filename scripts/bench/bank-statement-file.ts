import fs from 'fs';
import iconv from 'iconv-lite';
import { formatLocalDate } from '../../src/domain/format';
import { formatKopecks, Kopecks } from '../../src/domain/money';
import type { StatementDocument, StatementPlan } from './bank-statement-plan';

/**
 * A planned statement written as a Ukrainian bank's 1CClientBankExchange export: cp1251, CRLF, the Ukrainian
 * key set (ОКПО, МФО, КодВалюты) and a balance section whose totals add up. Written in slices of documents,
 * each encoded on its own, so a hundred thousand documents never sit in memory as one string.
 */
export interface OwnAccount {
  name: string;
  code: string;
  iban: string;
}

const CRLF = '\r\n';
const SLICE = 2_000;
const ZERO = BigInt(0);

/** Writes the statement to `file` and answers its size in bytes. */
export function writeClientBankStatement(file: string, plan: StatementPlan, own: OwnAccount, firstNumber: number): number {
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  const write = (lines: string[]) => {
    const encoded = iconv.encode(lines.join(CRLF) + CRLF, 'cp1251');
    fs.writeSync(fd, encoded);
    bytes += encoded.length;
  };
  try {
    write(header(plan, own));
    for (let start = 0; start < plan.documents.length; start += SLICE) {
      const lines: string[] = [];
      plan.documents.slice(start, start + SLICE).forEach((document, i) => lines.push(...documentLines(document, own, String(firstNumber + start + i))));
      write(lines);
    }
    write(['КонецФайла']);
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}

function header(plan: StatementPlan, own: OwnAccount): string[] {
  let incoming = ZERO;
  let outgoing = ZERO;
  for (const document of plan.documents) {
    if (document.direction === 'incoming') incoming += document.amount;
    else outgoing += document.amount;
  }
  // enough on the account for every payment out, as a bank would have it
  const opening = outgoing + BigInt(100_000_00);
  const from = formatLocalDate(plan.from);
  const to = formatLocalDate(plan.to);
  return [
    '1CClientBankExchange',
    'ВерсияФормата=1.03',
    'Кодировка=Windows',
    'Отправитель=Клієнт-Банк',
    'Получатель=Vitrylo',
    `ДатаСоздания=${to}`,
    `ДатаНачала=${from}`,
    `ДатаКонца=${to}`,
    `РасчСчет=${own.iban}`,
    'Документ=Платіжне доручення',
    'СекцияРасчСчет',
    `ДатаНачала=${from}`,
    `ДатаКонца=${to}`,
    `РасчСчет=${own.iban}`,
    `НачальныйОстаток=${money(opening)}`,
    `ВсегоПоступило=${money(incoming)}`,
    `ВсегоСписано=${money(outgoing)}`,
    `КонечныйОстаток=${money(opening + incoming - outgoing)}`,
    'КонецРасчСчет',
  ];
}

function documentLines(document: StatementDocument, own: OwnAccount, number: string): string[] {
  const other = { name: document.other.name, code: document.other.code ?? '', iban: document.other.iban ?? '' };
  const ours = { name: own.name, code: own.code, iban: own.iban };
  const [payer, payee] = document.direction === 'incoming' ? [other, ours] : [ours, other];
  const date = formatLocalDate(document.date);
  return [
    'СекцияДокумент=Платіжне доручення',
    `Номер=${number}`,
    `Дата=${date}`,
    `Сумма=${money(document.amount)}`,
    'КодВалюты=980',
    document.direction === 'incoming' ? `ДатаПоступило=${date}` : `ДатаСписано=${date}`,
    `ПлательщикСчет=${payer.iban}`,
    `Плательщик1=${payer.name}`,
    `ПлательщикОКПО=${payer.code}`,
    `ПлательщикМФО=${mfoOf(payer.iban)}`,
    `ПолучательСчет=${payee.iban}`,
    `Получатель1=${payee.name}`,
    `ПолучательОКПО=${payee.code}`,
    `ПолучательМФО=${mfoOf(payee.iban)}`,
    `НазначениеПлатежа=${document.purpose}`,
    'КонецДокумента',
  ];
}

const money = (kopecks: Kopecks) => formatKopecks(kopecks);
const mfoOf = (iban: string) => (/^UA\d{8}/.test(iban) ? iban.slice(4, 10) : '');
