import { readTaxpayerCode } from './lookup-keys';

/**
 * What the Secretary typed into "Хто дзвонить?", one box for everything: an e-mail (it has an @), an
 * ЄДРПОУ (8 digits) or a РНОКПП (10 digits with a valid check digit, not starting with 0 as a Ukrainian
 * phone does), otherwise a phone in any format. The server checks the value itself; this only picks the
 * question to ask it.
 */
export type CallerInputKind = 'phone' | 'email' | 'taxpayerCode';

export interface CallerInput {
  kind: CallerInputKind;
  value: string;
}

export function readCallerInput(text: string): CallerInput | null {
  const value = text.trim();
  if (value === '') return null;
  if (value.includes('@')) return { kind: 'email', value };
  const digits = value.replace(/[\s\-.]/g, '');
  if (/^\d{8}$/.test(digits)) return { kind: 'taxpayerCode', value: digits };
  if (/^[1-9]\d{9}$/.test(digits) && readTaxpayerCode(digits)) return { kind: 'taxpayerCode', value: digits };
  return { kind: 'phone', value };
}
