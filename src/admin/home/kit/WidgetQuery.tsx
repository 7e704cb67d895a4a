import * as React from 'react';
import { useIntl } from 'react-intl';
import { Button, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { Widget } from '@strapi/strapi/admin';
import { useCrmQuery } from '../../kit/useCrmQuery';

/** A "my …" route answers `me: null` when the login has no employee card (then it owns nothing). */
const withoutEmployeeCard = (data: unknown) => typeof data === 'object' && data !== null && 'me' in data && (data as { me: unknown }).me === null;

/** A short explanation in the middle of a widget (an empty list, no access, no employee card). */
export function WidgetNote({ children, tone = 'neutral600' }: { children: React.ReactNode; tone?: string }) {
  return (
    <Flex height="100%" justifyContent="center" alignItems="center" padding={4}>
      <Typography textColor={tone} textAlign="center">
        {children}
      </Typography>
    </Flex>
  );
}

/**
 * Loads a widget's /crm/home route and shows its states in Ukrainian: loading, no access (403), an error with
 * a retry, a login without an employee card; the data otherwise.
 */
export function WidgetQuery<T>({ path, children }: { path: string; children: (data: T) => React.ReactNode }) {
  const { formatMessage } = useIntl();
  const state = useCrmQuery<{ data: T }>(path);
  if (state.status === 'loading') return <Widget.Loading>{formatMessage({ id: 'vitrylo.home.loading' })}</Widget.Loading>;
  if (state.status === 'forbidden') return <Widget.NoPermissions>{formatMessage({ id: 'vitrylo.home.forbidden' })}</Widget.NoPermissions>;
  if (state.status === 'error') {
    return (
      <Flex height="100%" direction="column" justifyContent="center" alignItems="center" gap={3}>
        <WarningCircle width="3.2rem" height="3.2rem" fill="danger600" />
        <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.home.error' })}</Typography>
        <Button variant="tertiary" size="S" onClick={state.reload}>
          {formatMessage({ id: 'vitrylo.kit.retry' })}
        </Button>
      </Flex>
    );
  }
  const { data } = state.data;
  if (withoutEmployeeCard(data)) return <WidgetNote>{formatMessage({ id: 'vitrylo.home.noEmployeeCard' })}</WidgetNote>;
  return <>{children(data)}</>;
}
