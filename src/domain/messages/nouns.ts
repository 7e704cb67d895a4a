/**
 * How messages call the records a unique code belongs to (unique-codes/fields.ts `noun`). Ukrainian needs
 * the case the sentence asks for: "належить контрагенту" (dative), "іншим контрагентом" (instrumental).
 */
interface UkNoun {
  dative: string;
  /** with "інший" already agreed: "іншим рахунком", "іншою скаргою" */
  otherInstrumental: string;
}

const UK_NOUNS: Record<string, UkNoun> = {
  counterparty: { dative: 'контрагенту', otherInstrumental: 'іншим контрагентом' },
  invoice: { dative: 'рахунку', otherInstrumental: 'іншим рахунком' },
  contract: { dative: 'договору', otherInstrumental: 'іншим договором' },
  complaint: { dative: 'скарзі', otherInstrumental: 'іншою скаргою' },
  product: { dative: 'товару', otherInstrumental: 'іншим товаром' },
  payment: { dative: 'платежу', otherInstrumental: 'іншим платежем' },
  notification: { dative: 'сповіщенню', otherInstrumental: 'іншим сповіщенням' },
};

const FALLBACK: UkNoun = { dative: 'запису', otherInstrumental: 'іншим записом' };

export function ukNoun(noun: unknown): UkNoun {
  return UK_NOUNS[String(noun)] ?? FALLBACK;
}

export const UK_NOUN_KEYS = Object.keys(UK_NOUNS);
