/**
 * Vitrylo's own permission actions, shown in the Roles editor under Plugins → "Vitrylo CRM". Each admin
 * route of the crm plugin names the action it needs (route.ts); each action says which staff roles get it
 * by default (applied once to existing installations through role additions, see src/access/role-additions.ts).
 * Ids become `plugin::crm.<uid>`.
 */
import { ROLE_CODE } from '../../../../access/roles';

export interface CrmAction {
  uid: string;
  displayName: string;
  subCategory: string;
  /** staff roles that have it by default */
  roles: readonly string[];
}

export const CRM_ACTIONS: readonly CrmAction[] = [
  { uid: 'inbox.read', displayName: 'Переглядати свої вхідні звернення', subCategory: 'Вхідні', roles: [ROLE_CODE.director, ROLE_CODE.salesManager, ROLE_CODE.secretary] },
  { uid: 'bank-import.manage', displayName: 'Імпортувати банківські виписки і зіставляти оплати', subCategory: 'Банк', roles: [ROLE_CODE.accountant, ROLE_CODE.director] },
  // the Secretary too: each report is listed and run only by those who may read all it shows (no money for
  // the Secretary), which leaves them the ones on counterparties
  { uid: 'reports.read', displayName: 'Формувати звіти', subCategory: 'Звіти', roles: [ROLE_CODE.director, ROLE_CODE.salesManager, ROLE_CODE.marketer, ROLE_CODE.accountant, ROLE_CODE.secretary] },
  { uid: 'reports.manage-templates', displayName: 'Керувати шаблонами звітів', subCategory: 'Звіти', roles: [ROLE_CODE.director] },
  { uid: 'marketing-analytics.read', displayName: 'Аналітика маркетингу', subCategory: 'Маркетинг', roles: [ROLE_CODE.director, ROLE_CODE.marketer] },
  { uid: 'system.read', displayName: 'Про систему: версія, база даних, регламентні завдання', subCategory: 'Система', roles: [ROLE_CODE.director] },
  { uid: 'home.sales', displayName: 'Головна: мої клієнти, заплановані контакти, нові звернення, неоплачені рахунки', subCategory: 'Головна сторінка', roles: [ROLE_CODE.salesManager] },
  { uid: 'home.office', displayName: 'Головна: звернення за сьогодні, хто де сьогодні', subCategory: 'Головна сторінка', roles: [ROLE_CODE.secretary] },
  { uid: 'home.accounting', displayName: 'Головна: нерозпізнані платежі, прострочені рахунки', subCategory: 'Головна сторінка', roles: [ROLE_CODE.accountant] },
  { uid: 'home.company', displayName: 'Головна: показники компанії за місяць', subCategory: 'Головна сторінка', roles: [ROLE_CODE.director] },
  { uid: 'home.marketing', displayName: 'Головна: найближчі маркетингові заходи', subCategory: 'Головна сторінка', roles: [ROLE_CODE.marketer] },
];

export const crmActionId = (uid: string) => `plugin::crm.${uid}`;

/** The actions in the form `admin::permission`.actionProvider.registerMany takes. */
export function actionProviderEntries() {
  return CRM_ACTIONS.map((action) => ({
    section: 'plugins',
    pluginName: 'crm',
    uid: action.uid,
    displayName: action.displayName,
    subCategory: action.subCategory,
  }));
}
