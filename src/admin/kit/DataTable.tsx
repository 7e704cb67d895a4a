import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

export interface Column<Row> {
  key: string;
  /** message id of the header */
  labelId: string;
  render?: (row: Row) => React.ReactNode;
}

export interface Paging {
  page: number;
  pageCount: number;
  onPage(page: number): void;
}

/** A table of rows with translated headers and, when given, previous/next paging. */
export function DataTable<Row extends Record<string, unknown>>({ columns, rows, rowKey, paging }: { columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string; paging?: Paging }) {
  const { formatMessage } = useIntl();
  return (
    <Box>
      <Table colCount={columns.length} rowCount={rows.length + 1}>
        <Thead>
          <Tr>
            {columns.map((column) => (
              <Th key={column.key}>
                <Typography variant="sigma">{formatMessage({ id: column.labelId })}</Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((row) => (
            <Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Td key={column.key}>
                  <Typography textColor="neutral800">{column.render ? column.render(row) : String(row[column.key] ?? '—')}</Typography>
                </Td>
              ))}
            </Tr>
          ))}
        </Tbody>
      </Table>
      {paging && paging.pageCount > 1 ? (
        <Flex justifyContent="flex-end" gap={2} paddingTop={4}>
          <Typography variant="pi">{formatMessage({ id: 'vitrylo.kit.page' }, { page: paging.page, pageCount: paging.pageCount })}</Typography>
          <Button variant="tertiary" disabled={paging.page <= 1} onClick={() => paging.onPage(paging.page - 1)}>
            {formatMessage({ id: 'vitrylo.kit.previous' })}
          </Button>
          <Button variant="tertiary" disabled={paging.page >= paging.pageCount} onClick={() => paging.onPage(paging.page + 1)}>
            {formatMessage({ id: 'vitrylo.kit.next' })}
          </Button>
        </Flex>
      ) : null}
    </Box>
  );
}
