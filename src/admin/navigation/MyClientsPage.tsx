import * as React from 'react';
import { useIntl } from 'react-intl';
import { Navigate } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { CrmPage, QueryView } from '../kit/CrmPage';
import { useCrmQuery } from '../kit/useCrmQuery';

interface MyClients {
  me: { fullName: string } | null;
  all?: { count: number | null; link: string };
}

/**
 * "Мої клієнти" in the main menu: the counterparty list filtered to the logged-in manager. The filter names
 * the manager's employee card, which only the server knows, so the page asks for the list's address
 * (the same one the home page's figure links to) and goes there.
 */
const MyClientsPage = () => {
  const { formatMessage } = useIntl();
  const state = useCrmQuery<{ data: MyClients }>('/crm/home/my-clients');
  if (state.status === 'ready' && state.data.data.all && state.data.data.all.count !== null) return <Navigate to={state.data.data.all.link} replace />;
  return (
    <CrmPage titleId="vitrylo.myClients.title">
      <QueryView state={state}>
        {({ data }) => <Page.NoData content={formatMessage({ id: data.me ? 'vitrylo.myClients.noAccess' : 'vitrylo.home.noEmployeeCard' })} />}
      </QueryView>
    </CrmPage>
  );
};

export default MyClientsPage;
