import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { styled } from 'styled-components';
import { formatDecimalMoney, formatInteger } from '../../../domain/format/amount';

/** A number on the home page and the content-manager list it counts (the server builds both from one query). */
export interface FigureData {
  count: number | null;
  link: string;
}

export interface MoneyTotal {
  currency: string;
  amount: string;
}

const Tile = styled(Link)`
  display: block;
  flex: 1 1 0;
  min-width: 11rem;
  text-decoration: none;
  border-radius: ${({ theme }) => theme.borderRadius};
  border: 1px solid ${({ theme }) => theme.colors.neutral150};
  padding: ${({ theme }) => `${theme.spaces[3]} ${theme.spaces[4]}`};
  &:hover {
    border-color: ${({ theme }) => theme.colors.primary200};
    background: ${({ theme }) => theme.colors.primary100};
  }
`;

type Tone = 'neutral' | 'danger' | 'success';
const NUMBER_COLOR: Record<Tone, string> = { neutral: 'neutral800', danger: 'danger600', success: 'success600' };

/**
 * One figure: the number, what it counts, and below it whatever the widget adds (a sum). The whole tile opens
 * the list it counts. A figure of a list the caller may not see reads "немає доступу", not 0.
 */
export function FigureTile({ figure, labelId, values, tone = 'neutral', children }: { figure: FigureData; labelId: string; values?: Record<string, React.ReactNode>; tone?: Tone; children?: React.ReactNode }) {
  const { formatMessage } = useIntl();
  const label = formatMessage({ id: labelId }, values as Record<string, string>);
  if (figure.count === null) {
    return (
      <Box flex="1 1 0" padding={3}>
        <Typography variant="pi" textColor="neutral600">
          {label}: {formatMessage({ id: 'vitrylo.home.noAccess' })}
        </Typography>
      </Box>
    );
  }
  return (
    <Tile to={figure.link} aria-label={`${label}: ${figure.count}`}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="alpha" tag="span" textColor={figure.count > 0 ? NUMBER_COLOR[tone] : 'neutral500'}>
          {formatInteger(figure.count)}
        </Typography>
        <Typography variant="pi" textColor="neutral700">
          {label}
        </Typography>
        {children}
      </Flex>
    </Tile>
  );
}

/** A row of figures. */
export function FigureRow({ children }: { children: React.ReactNode }) {
  return (
    <Flex gap={3} alignItems="stretch" wrap="wrap">
      {children}
    </Flex>
  );
}

/** '12 345,67 грн · 100,50 USD'; nothing owed reads '0,00 грн'. */
export function moneyText(totals: readonly MoneyTotal[]): string {
  if (totals.length === 0) return formatDecimalMoney('0');
  return totals.map((total) => formatDecimalMoney(total.amount, total.currency)).join(' · ');
}

export function MoneyLine({ labelId, totals }: { labelId: string; totals: readonly MoneyTotal[] | null }) {
  const { formatMessage } = useIntl();
  if (!totals) return null;
  return (
    <Typography variant="pi" textColor="neutral600">
      {formatMessage({ id: labelId })}: <b>{moneyText(totals)}</b>
    </Typography>
  );
}

const Chip = styled(Link)`
  display: inline-flex;
  align-items: baseline;
  gap: ${({ theme }) => theme.spaces[1]};
  text-decoration: none;
  border-radius: ${({ theme }) => theme.borderRadius};
  border: 1px solid ${({ theme }) => theme.colors.neutral150};
  padding: ${({ theme }) => `${theme.spaces[1]} ${theme.spaces[3]}`};
  &:hover {
    border-color: ${({ theme }) => theme.colors.primary200};
    background: ${({ theme }) => theme.colors.primary100};
  }
`;

/** A small figure: "11 клієнти", opening its list; for a breakdown under a main figure. */
export function FigureChip({ figure, labelId }: { figure: FigureData; labelId: string }) {
  const { formatMessage } = useIntl();
  if (figure.count === null) return null;
  const label = formatMessage({ id: labelId });
  return (
    <Chip to={figure.link} aria-label={`${label}: ${figure.count}`}>
      <Typography variant="omega" fontWeight="bold" textColor="neutral800">
        {formatInteger(figure.count)}
      </Typography>
      <Typography variant="pi" textColor="neutral700">
        {label}
      </Typography>
    </Chip>
  );
}
