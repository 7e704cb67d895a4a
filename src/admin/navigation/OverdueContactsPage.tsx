import { listRedirectPage } from './ListRedirectPage';

/** "Прострочені контакти": the chronicle list filtered to my planned contacts dated before today. */
export default listRedirectPage({ route: '/crm/overdue-contacts', figure: 'overdue', titleId: 'vitrylo.overdueContacts.title', noAccessId: 'vitrylo.overdueContacts.noAccess' });
