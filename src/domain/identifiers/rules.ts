import { failWith } from '../messages/render';
import { Result } from '../result';
import { validateEdrpou } from './edrpou';
import { ibanMfo, validateIban } from './iban';
import { validateMfo } from './mfo';
import { validatePhone } from './phone';
import { validateRnokpp } from './rnokpp';
import { repeatable, Rules } from './validate-record';
import { validateVatNumber } from './vat-number';

/** МФО of a bank account: 6 digits, and equal to the bank code inside the account's UA IBAN when both are given. */
export function validateBankAccountMfo(value: unknown, record: Readonly<Record<string, unknown>>): Result<string> {
  const mfo = validateMfo(value);
  if (!mfo.ok) return mfo;
  const iban = record ? record.iban : undefined;
  if (validateIban(iban).ok) {
    const fromIban = ibanMfo(iban);
    if (fromIban !== null && fromIban !== mfo.value) return failWith('mfo.ibanMismatch');
  }
  return mfo;
}

/** Component crm.bank-account. */
export const bankAccountRules: Rules = {
  iban: validateIban,
  mfo: validateBankAccountMfo,
};

/** Content type counterparty (bankAccounts is the repeatable crm.bank-account). */
export const counterpartyRules: Rules = {
  edrpou: validateEdrpou,
  rnokpp: validateRnokpp,
  vatNumber: validateVatNumber,
  phone: validatePhone,
  bankAccounts: repeatable(bankAccountRules),
};

export const contactPersonRules: Rules = {
  phone: validatePhone,
};

export const employeeRules: Rules = {
  phone: validatePhone,
};

export const inboundRequestRules: Rules = {
  callerPhone: validatePhone,
};
