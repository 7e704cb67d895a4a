import { listRedirectPage } from './ListRedirectPage';

/** "Мої клієнти": the counterparty list filtered to the logged-in manager (the home page's figure links there too). */
export default listRedirectPage({ route: '/crm/home/my-clients', figure: 'all', titleId: 'vitrylo.myClients.title', noAccessId: 'vitrylo.myClients.noAccess' });
