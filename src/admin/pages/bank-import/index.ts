import { Upload } from '@strapi/icons';
import { DAILY_LISTS } from '../../../type-meta/navigation';
import { CrmPageDefinition } from '../../kit/pages';
import { BANK_IMPORT_PERMISSIONS } from './bank-import-api';
import { bankImportMessages } from './messages';

/** "Імпорт виписки": the accountant's upload of a Client-Bank statement, previewed before it is saved. */
export const bankImportPage: CrmPageDefinition = {
  to: 'vitrylo/bank-import',
  icon: Upload,
  labelId: 'vitrylo.bankImport.menu',
  permissions: BANK_IMPORT_PERMISSIONS,
  Component: () => import('./BankImportPage'),
  messages: bankImportMessages,
  // right after "Оплати" among the daily lists (src/admin/navigation/daily-links.ts)
  position: 0.1 + DAILY_LISTS.indexOf('api::payment.payment') / 100 + 0.005,
};
