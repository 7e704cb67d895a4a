export { readCode, readDigits } from './code-string';
export { edrpouCheckDigit, validateEdrpou, isValidEdrpou, makeEdrpou } from './edrpou';
export { rnokppCheckDigit, validateRnokpp, isValidRnokpp, makeRnokpp } from './rnokpp';
export { validateTaxpayerCode, taxpayerCodeKind } from './taxpayer-code';
export type { TaxpayerCodeKind } from './taxpayer-code';
export { validateMfo, isValidMfo } from './mfo';
export { validateVatNumber, isValidVatNumber } from './vat-number';
export {
  IBAN_LENGTHS,
  normalizeIban,
  ibanCheckDigits,
  validateIban,
  isValidIban,
  ibanMfo,
  makeUaIban,
  formatIban,
} from './iban';
export { normalizePhone, validatePhone, isValidPhone } from './phone';
export { normalizeEmail } from './email';
export {
  isBlank,
  repeatable,
  component,
  normalizeRecord,
  validateRecord,
  assertValidRecord,
} from './validate-record';
export type { Validator, NestedRules, Rule, Rules, NormalizedRecord } from './validate-record';
export {
  validateBankAccountMfo,
  bankAccountRules,
  counterpartyRules,
  contactPersonRules,
  employeeRules,
  inboundRequestRules,
} from './rules';
