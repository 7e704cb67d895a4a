import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Flex, Table, Tabs, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { dateTimeText } from '../../kit/date-time';
import { ChartPoints, NUMERIC_TYPES, ReportScreen, ReportTable, ReportTableColumn, ReportTableGroup, ReportTableRow, TotalFigures } from './reports-api';

/** The report on screen: its heading, then each sheet as a tab with its chart (when it has one) and its table. */
export function ReportPreview({ screen }: { screen: ReportScreen }) {
  const { formatMessage } = useIntl();
  const [sheet, setSheet] = React.useState('0');
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="report-preview">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="beta" tag="h2">
            {screen.title}
          </Typography>
          {[...screen.parameters, ...(screen.details ?? [])].map((line) => (
            <Typography key={`${line.caption}:${line.text}`} textColor="neutral700">
              {`${line.caption}: ${line.text}`}
            </Typography>
          ))}
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: 'vitrylo.reports.generatedAt' }, { when: dateTimeText(screen.generatedAt, browserZone) })}
          </Typography>
        </Flex>
        {screen.truncated ? (
          <Box background="warning100" hasRadius padding={3} borderColor="warning200" data-testid="report-truncated">
            <Typography textColor="warning700">{formatMessage({ id: 'vitrylo.reports.truncated' }, { count: screen.sheets[0]?.rows.length ?? 0 })}</Typography>
          </Box>
        ) : null}
        <Tabs.Root value={sheet} onValueChange={setSheet} variant="simple">
          <Tabs.List aria-label={screen.title}>
            {screen.sheets.map((table, index) => (
              <Tabs.Trigger key={table.name} value={String(index)}>
                {table.name}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {screen.sheets.map((table, index) => (
            <Tabs.Content key={table.name} value={String(index)}>
              <Box paddingTop={4}>
                <SheetView table={table} />
              </Box>
            </Tabs.Content>
          ))}
        </Tabs.Root>
      </Flex>
    </Box>
  );
}

type Line = { kind: 'row'; row: ReportTableRow; index: number } | { kind: 'subtotal'; group: ReportTableGroup; depth: number } | { kind: 'total'; total: TotalFigures };

/** The table's lines in reading order: each group's rows (or inner groups) and then its «Разом», the «Усього» last. */
function linesOf(table: ReportTable): Line[] {
  const lines: Line[] = [];
  const rows = (from: number, count: number) => {
    for (let index = from; index < from + count; index += 1) lines.push({ kind: 'row', row: table.rows[index], index });
  };
  const walk = (groups: ReportTableGroup[], depth: number) => {
    for (const group of groups) {
      if (group.groups.length > 0) walk(group.groups, depth + 1);
      else rows(group.firstRow, group.rowCount);
      lines.push({ kind: 'subtotal', group, depth });
    }
  };
  if (table.groups.length > 0) walk(table.groups, 0);
  else rows(0, table.rows.length);
  if (table.total && table.rows.length > 0) lines.push({ kind: 'total', total: table.total });
  return lines;
}

const isNumeric = (column: ReportTableColumn) => NUMERIC_TYPES.includes(column.type);

function SheetView({ table }: { table: ReportTable }) {
  const { formatMessage } = useIntl();
  if (table.rows.length === 0) {
    return (
      <Box padding={6} background="neutral100" hasRadius data-testid="report-empty">
        <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.reports.empty' })}</Typography>
      </Box>
    );
  }
  const lines = linesOf(table);
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      {table.chart && table.chart.points.length > 0 ? <BarChart chart={table.chart} /> : null}
      <Table colCount={table.columns.length} rowCount={lines.length + 1} data-testid="report-table">
        <Thead>
          <Tr>
            {table.columns.map((column) => (
              <Th key={column.field}>
                <Flex width="100%" justifyContent={isNumeric(column) ? 'flex-end' : 'flex-start'}>
                  <Typography variant="sigma">{column.caption}</Typography>
                </Flex>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {lines.map((line, position) => {
            if (line.kind === 'row') {
              return (
                <Tr key={`row-${line.index}`}>
                  {table.columns.map((column) => (
                    <Cell key={column.field} numeric={isNumeric(column)}>
                      {line.row.text[column.field] ?? ''}
                    </Cell>
                  ))}
                </Tr>
              );
            }
            const figures = line.kind === 'total' ? line.total : line.group.total;
            const label = line.kind === 'total' ? formatMessage({ id: 'vitrylo.reports.total' }) : formatMessage({ id: 'vitrylo.reports.subtotal' }, { group: line.group.text });
            return (
              <Tr key={`${line.kind}-${position}`} data-testid={line.kind === 'total' ? 'report-total' : 'report-subtotal'} style={{ background: line.kind === 'total' ? '#eaeaef' : '#f6f6f9' }}>
                {table.columns.map((column, index) => (
                  <Cell key={column.field} numeric={isNumeric(column) && index > 0} strong>
                    {index === 0 ? [label, figures[column.field]?.text].filter(Boolean).join(' — ') : (figures[column.field]?.text ?? '')}
                  </Cell>
                ))}
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </Flex>
  );
}

function Cell({ children, numeric, strong }: { children: React.ReactNode; numeric?: boolean; strong?: boolean }) {
  return (
    <Td style={{ textAlign: numeric ? 'right' : 'left', paddingTop: '1rem', paddingBottom: '1rem' }}>
      <Typography textColor="neutral800" fontWeight={strong ? 'bold' : undefined} style={numeric ? { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } : undefined}>
        {children}
      </Typography>
    </Td>
  );
}

const SERIES_COLOURS = ['#4945ff', '#0c75af', '#328048', '#d9822f', '#ee5e52'];
const MAX_POINTS = 30;

/** A horizontal bar chart of the sheet's chart points, drawn with plain boxes: a bar per series for each category. */
function BarChart({ chart }: { chart: ChartPoints }) {
  const { formatMessage } = useIntl();
  const points = chart.points.slice(0, MAX_POINTS);
  const max = Math.max(0, ...points.flatMap((point) => point.values.map((value) => Math.abs(value?.excel ?? 0))));
  const series = chart.series.map((one) => one.caption).join(', ');
  return (
    <Box data-testid="report-chart">
      <Typography variant="delta" tag="h3">
        {formatMessage({ id: 'vitrylo.reports.chart' }, { series, category: chart.category.caption })}
      </Typography>
      {chart.series.length > 1 ? (
        <Flex gap={4} paddingTop={2}>
          {chart.series.map((one, index) => (
            <Flex key={one.field} gap={2}>
              <span style={{ width: 12, height: 12, borderRadius: 2, background: SERIES_COLOURS[index % SERIES_COLOURS.length], display: 'inline-block' }} />
              <Typography variant="pi">{one.caption}</Typography>
            </Flex>
          ))}
        </Flex>
      ) : null}
      <Flex direction="column" alignItems="stretch" gap={2} paddingTop={3}>
        {points.map((point, pointIndex) => (
          <Flex key={`${point.category}-${pointIndex}`} gap={3} alignItems="center">
            <Box style={{ width: '24rem', flexShrink: 0 }}>
              <Typography variant="omega" textColor="neutral800" ellipsis title={point.category}>
                {point.category}
              </Typography>
            </Box>
            <Flex direction="column" alignItems="stretch" gap={1} style={{ flex: 1 }}>
              {point.values.map((value, index) => {
                const share = max > 0 ? (Math.abs(value?.excel ?? 0) / max) * 100 : 0;
                return (
                  <Flex key={chart.series[index]?.field ?? index} gap={2} alignItems="center">
                    <div
                      data-testid="report-chart-bar"
                      aria-label={`${point.category}: ${value?.text ?? ''}`}
                      style={{ width: `${Math.max(share * 0.8, value?.excel ? 0.5 : 0)}%`, height: 18, borderRadius: 3, background: SERIES_COLOURS[index % SERIES_COLOURS.length] }}
                    />
                    <Typography variant="pi" textColor="neutral700" style={{ whiteSpace: 'nowrap' }}>
                      {value?.text ?? ''}
                    </Typography>
                  </Flex>
                );
              })}
            </Flex>
          </Flex>
        ))}
      </Flex>
      {chart.points.length > MAX_POINTS ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: 'vitrylo.reports.chart.more' }, { shown: MAX_POINTS, total: chart.points.length })}
        </Typography>
      ) : null}
    </Box>
  );
}
