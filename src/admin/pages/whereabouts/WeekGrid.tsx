import * as React from 'react';
import { useIntl } from 'react-intl';
import { Badge, Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { dayMonth, kindVariant, Week, WeekItem } from './whereabouts-api';

function ItemView({ item }: { item: WeekItem }) {
  const { formatMessage } = useIntl();
  const times = item.allDay ? formatMessage({ id: 'vitrylo.whereabouts.wholeDay' }) : `${item.from ?? '…'}–${item.to ?? '…'}`;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Badge variant={kindVariant(item.kind, !item.away)} size="S">
        {item.caption}
      </Badge>
      <Typography variant="pi" textColor="neutral700">
        {times}
      </Typography>
      {item.place ? (
        <Typography variant="pi" textColor="neutral600" style={{ overflowWrap: 'anywhere' }}>
          {item.place}
        </Typography>
      ) : null}
    </Flex>
  );
}

/** Employees down, Monday to Sunday across; each cell the entries of that day, else the office or a day off. */
export function WeekGrid({ week }: { week: Week }) {
  const { formatMessage } = useIntl();
  return (
    <Table colCount={8} rowCount={week.rows.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: 'vitrylo.whereabouts.col.employee' })}</Typography>
          </Th>
          {week.days.map((day) => (
            <Th key={day.date}>
              <Typography variant="sigma" textColor={day.working ? 'neutral800' : 'neutral500'}>
                {formatMessage({ id: `vitrylo.whereabouts.day.${day.weekday}` })} {dayMonth(day.date)}
              </Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {week.rows.map((row) => (
          <Tr key={row.employeeId}>
            <Td>
              <Typography textColor="neutral800" fontWeight="semiBold">
                {row.fullName}
              </Typography>
            </Td>
            {row.cells.map((cell) => (
              <Td key={cell.date} style={{ verticalAlign: 'top', whiteSpace: 'normal', minWidth: '11rem' }}>
                <Box paddingTop={2} paddingBottom={2}>
                  {cell.items.length > 0 ? (
                    <Flex direction="column" alignItems="flex-start" gap={2}>
                      {cell.items.map((item) => (
                        <ItemView key={item.id} item={item} />
                      ))}
                    </Flex>
                  ) : (
                    <Typography variant="pi" textColor="neutral500">
                      {formatMessage({ id: `vitrylo.whereabouts.fallback.${cell.fallback}` })}
                    </Typography>
                  )}
                </Box>
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
