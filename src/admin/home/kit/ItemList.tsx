import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { styled } from 'styled-components';

/** One line of a widget's short list: a record, opened by a click. */
export interface Item {
  key: string;
  to: string;
  /** the time, date or number in front */
  lead?: string | null;
  text: string;
  /** grey detail after the text */
  detail?: string | null;
  /** right-aligned: an amount, a state */
  aside?: string | null;
  tone?: 'danger' | 'neutral';
}

const Row = styled(Link)`
  display: block;
  text-decoration: none;
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[1]}`};
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
  &:hover {
    background: ${({ theme }) => theme.colors.neutral100};
  }
`;

/**
 * Long names wrap (at most two lines) instead of running on in one line: the widget frame sizes itself to
 * its content's narrowest width, so an unbreakable line would push the whole widget past its edge.
 */
const Clamped = styled(Typography)`
  flex: 1;
  min-width: 0;
  overflow: hidden;
  display: -webkit-box;
  -webkit-line-clamp: 2;
  -webkit-box-orient: vertical;
  overflow-wrap: anywhere;
`;

export function ItemList({ items }: { items: readonly Item[] }) {
  if (items.length === 0) return null;
  return (
    <Box paddingTop={3}>
      {items.map((item) => (
        <Row key={item.key} to={item.to}>
          <Flex gap={2} alignItems="baseline">
            {item.lead ? (
              <Typography variant="pi" fontWeight="semiBold" textColor={item.tone === 'danger' ? 'danger600' : 'neutral800'} style={{ whiteSpace: 'nowrap' }}>
                {item.lead}
              </Typography>
            ) : null}
            <Clamped variant="pi" textColor="neutral800" title={[item.text, item.detail].filter(Boolean).join(' — ')}>
              {item.text}
              {item.detail ? <Typography variant="pi" textColor="neutral500">{` — ${item.detail}`}</Typography> : null}
            </Clamped>
            {item.aside ? (
              <Typography variant="pi" textColor={item.tone === 'danger' ? 'danger600' : 'neutral600'} style={{ whiteSpace: 'nowrap' }}>
                {item.aside}
              </Typography>
            ) : null}
          </Flex>
        </Row>
      ))}
    </Box>
  );
}
