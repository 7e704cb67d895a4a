import * as React from 'react';
import { useIntl } from 'react-intl';
import { Navigate } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { CrmPage, QueryView } from '../kit/CrmPage';
import { useCrmQuery } from '../kit/useCrmQuery';

interface OverdueContacts {
  me: { fullName: string } | null;
  overdue?: { count: number | null; link: string };
}

/**
 * "Прострочені контакти" in the main menu: the chronicle list filtered to my planned contacts dated before
 * today. The filter names my employee card, which only the server knows: the page asks for the list's
 * address (GET /crm/overdue-contacts) and goes there.
 */
const OverdueContactsPage = () => {
  const { formatMessage } = useIntl();
  const state = useCrmQuery<{ data: OverdueContacts }>('/crm/overdue-contacts');
  if (state.status === 'ready' && state.data.data.overdue && state.data.data.overdue.count !== null) return <Navigate to={state.data.data.overdue.link} replace />;
  return (
    <CrmPage titleId="vitrylo.overdueContacts.title">
      <QueryView state={state}>
        {({ data }) => <Page.NoData content={formatMessage({ id: data.me ? 'vitrylo.overdueContacts.noAccess' : 'vitrylo.home.noEmployeeCard' })} />}
      </QueryView>
    </CrmPage>
  );
};

export default OverdueContactsPage;
