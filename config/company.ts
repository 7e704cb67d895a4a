/**
 * The company that runs Vitrylo, as its reports and printed invoices name it: the heading of every report,
 * the supplier's requisites on «Рахунок на оплату». Empty values are left out of the documents.
 */
export default ({ env }) => ({
  name: env('VITRYLO_COMPANY_NAME', ''),
  code: env('VITRYLO_COMPANY_CODE', ''),
  vatNumber: env('VITRYLO_COMPANY_VAT_NUMBER', ''),
  iban: env('VITRYLO_COMPANY_IBAN', ''),
  bank: env('VITRYLO_COMPANY_BANK', ''),
  address: env('VITRYLO_COMPANY_ADDRESS', ''),
  phone: env('VITRYLO_COMPANY_PHONE', ''),
});
