import * as React from 'react';
import { useIntl } from 'react-intl';
import { Navigate } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { CrmPage, QueryView } from '../kit/CrmPage';
import { useCrmQuery } from '../kit/useCrmQuery';

interface ListFigure {
  count: number | null;
  link: string;
}

interface ListRedirect {
  /** the crm route that answers `{ data: { me, [figure]: { count, link } } }` */
  route: string;
  figure: string;
  titleId: string;
  /** shown when the person has an employee card but may not open the list */
  noAccessId: string;
}

/**
 * A menu entry that opens a content-manager list filtered to "me" ("Мої клієнти", "Прострочені контакти"):
 * the filter names the person's employee card, which only the server knows, so the page asks the route
 * for the list's address and goes there; without a card or the right it says why.
 */
export function listRedirectPage({ route, figure, titleId, noAccessId }: ListRedirect): React.ComponentType {
  const ListRedirectPage = () => {
    const { formatMessage } = useIntl();
    const state = useCrmQuery<{ data: { me: unknown } & Record<string, ListFigure | undefined> }>(route);
    const target = state.status === 'ready' ? (state.data.data[figure] as ListFigure | undefined) : undefined;
    if (target && target.count !== null) return <Navigate to={target.link} replace />;
    return (
      <CrmPage titleId={titleId}>
        <QueryView state={state}>
          {({ data }) => <Page.NoData content={formatMessage({ id: data.me ? noAccessId : 'vitrylo.home.noEmployeeCard' })} />}
        </QueryView>
      </CrmPage>
    );
  };
  return ListRedirectPage;
}
