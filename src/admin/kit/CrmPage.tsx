import * as React from 'react';
import { useIntl } from 'react-intl';
import { Button } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { QueryState } from './useCrmQuery';

/** The frame of every Vitrylo page: the browser title, the header and the content area. */
export function CrmPage({ titleId, subtitleId, children }: { titleId: string; subtitleId?: string; children: React.ReactNode }) {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: titleId });
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={subtitleId ? formatMessage({ id: subtitleId }) : undefined} />
      <Layouts.Content>{children}</Layouts.Content>
    </Page.Main>
  );
}

/** Shows a query's loading, no-access, error and empty states, and the data otherwise. */
export function QueryView<T>({
  state,
  isEmpty,
  children,
}: {
  state: QueryState<T> & { reload(): void };
  isEmpty?: (data: T) => boolean;
  children: (data: T) => React.ReactNode;
}) {
  const { formatMessage } = useIntl();
  if (state.status === 'loading') return <Page.Loading>{formatMessage({ id: 'vitrylo.kit.loading' })}</Page.Loading>;
  if (state.status === 'forbidden') {
    return <Page.NoPermissions content={`${formatMessage({ id: 'vitrylo.kit.forbidden' })}. ${formatMessage({ id: 'vitrylo.kit.forbidden.hint' })}`} />;
  }
  if (state.status === 'error') {
    return (
      <Page.Error
        content={formatMessage({ id: 'vitrylo.kit.error' })}
        action={<Button onClick={state.reload}>{formatMessage({ id: 'vitrylo.kit.retry' })}</Button>}
      />
    );
  }
  if (isEmpty?.(state.data)) return <Page.NoData content={formatMessage({ id: 'vitrylo.kit.empty' })} />;
  return <>{children(state.data)}</>;
}
