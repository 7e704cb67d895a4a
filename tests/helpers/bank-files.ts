import iconv from 'iconv-lite';
import { makeEdrpou, makeUaIban } from '../../src/domain/identifiers';

/**
 * Client-Bank (1CClientBankExchange) statement files made for tests, in the Ukrainian key set a Ukrainian
 * bank's export uses (ОКПО, МФО, КодВалюты), with a balance section whose totals add up.
 */
export interface TestPayment {
  number: string;
  /** dd.mm.yyyy */
  date: string;
  /** '1200.00' */
  amount: string;
  direction: 'incoming' | 'outgoing';
  otherName: string;
  otherCode?: string;
  otherAccount?: string;
  purpose: string;
}

export const OWN_ACCOUNT = makeUaIban('322313', '26007233566001');
export const OWN_CODE = makeEdrpou('3285596');

const kopecks = (amount: string) => BigInt(amount.replace('.', ''));
const money = (k: bigint) => `${k / BigInt(100)}.${String(k % BigInt(100)).padStart(2, '0')}`;

export function clientBankText(payments: TestPayment[], options: { from?: string; to?: string; opening?: string; eol?: string } = {}): string {
  const from = options.from ?? payments[0]?.date ?? '01.11.2026';
  const to = options.to ?? payments[payments.length - 1]?.date ?? from;
  const opening = kopecks(options.opening ?? '10000.00');
  const incoming = payments.filter((p) => p.direction === 'incoming').reduce((s, p) => s + kopecks(p.amount), BigInt(0));
  const outgoing = payments.filter((p) => p.direction === 'outgoing').reduce((s, p) => s + kopecks(p.amount), BigInt(0));
  const lines = [
    '1CClientBankExchange',
    'ВерсияФормата=1.03',
    'Кодировка=Windows',
    'Отправитель=Клієнт-Банк',
    'Получатель=Vitrylo',
    `ДатаНачала=${from}`,
    `ДатаКонца=${to}`,
    `РасчСчет=${OWN_ACCOUNT}`,
    'СекцияРасчСчет',
    `ДатаНачала=${from}`,
    `ДатаКонца=${to}`,
    `РасчСчет=${OWN_ACCOUNT}`,
    `НачальныйОстаток=${money(opening)}`,
    `ВсегоПоступило=${money(incoming)}`,
    `ВсегоСписано=${money(outgoing)}`,
    `КонечныйОстаток=${money(opening + incoming - outgoing)}`,
    'КонецРасчСчет',
  ];
  for (const p of payments) {
    const other = { name: p.otherName, code: p.otherCode ?? '', account: p.otherAccount ?? '' };
    const own = { name: 'ТОВ «Вітрило Тест»', code: OWN_CODE, account: OWN_ACCOUNT };
    const [payer, payee] = p.direction === 'incoming' ? [other, own] : [own, other];
    lines.push(
      'СекцияДокумент=Платіжне доручення',
      `Номер=${p.number}`,
      `Дата=${p.date}`,
      `Сумма=${p.amount}`,
      'КодВалюты=980',
      p.direction === 'incoming' ? `ДатаПоступило=${p.date}` : `ДатаСписано=${p.date}`,
      `ПлательщикСчет=${payer.account}`,
      `Плательщик1=${payer.name}`,
      `ПлательщикОКПО=${payer.code}`,
      'ПлательщикМФО=322313',
      `ПолучательСчет=${payee.account}`,
      `Получатель1=${payee.name}`,
      `ПолучательОКПО=${payee.code}`,
      'ПолучательМФО=322313',
      `НазначениеПлатежа=${p.purpose}`,
      'КонецДокумента',
    );
  }
  lines.push('КонецФайла');
  return lines.join(options.eol ?? '\r\n') + (options.eol ?? '\r\n');
}

export function clientBankFile(payments: TestPayment[], encoding: 'cp1251' | 'utf-8' = 'cp1251', options: Parameters<typeof clientBankText>[1] = {}): Buffer {
  const text = clientBankText(payments, options);
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'cp1251');
}
