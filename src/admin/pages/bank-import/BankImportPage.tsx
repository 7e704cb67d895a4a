import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { styled } from 'styled-components';
import { Alert, Badge, Box, Button, Checkbox, Flex, Grid, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Page, useAuth, useFetchClient } from '@strapi/strapi/admin';
import { formatDecimalMoney, formatLocalDate } from '../../../domain/format';
import { CrmPage } from '../../kit/CrmPage';
import { BANK_IMPORT_PERMISSIONS, IMPORT_URL, ImportResult, PreviewRow, refusalMessage, STATEMENT_URL, StatementSummary, UNMATCHED_PAYMENTS_URL } from './bank-import-api';

type Stage = { step: 'choose' } | { step: 'preview'; result: ImportResult } | { step: 'imported'; result: ImportResult };

const dateText = (date: string | null) => (date ? formatLocalDate(date) : '—');

/**
 * "Імпорт виписки": choose a Client-Bank file, see what it holds and what would be created and matched
 * (nothing is saved yet), then import it. The server parses and matches (src/bank); a refused file shows
 * the line and the reason.
 */
export default function BankImportPage() {
  const { formatMessage } = useIntl();
  // the menu hides the entry from the others, but the address opens the page for anyone signed in
  const permissions = useAuth('BankImportPage', (state: { permissions: Array<{ action: string }> }) => state.permissions);
  const allowed = (permissions ?? []).some((permission) => BANK_IMPORT_PERMISSIONS.some((needed) => needed.action === permission.action));
  if (!allowed) {
    return (
      <CrmPage titleId="vitrylo.bankImport.title">
        <Page.NoPermissions content={`${formatMessage({ id: 'vitrylo.kit.forbidden' })}. ${formatMessage({ id: 'vitrylo.kit.forbidden.hint' })}`} />
      </CrmPage>
    );
  }
  return <BankImport />;
}

function BankImport() {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const [file, setFile] = React.useState<File | null>(null);
  const [createCounterparties, setCreateCounterparties] = React.useState(false);
  const [stage, setStage] = React.useState<Stage>({ step: 'choose' });
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const input = React.useRef<HTMLInputElement>(null);

  const send = async (preview: boolean) => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    const form = new FormData();
    form.append('file', file, file.name);
    const query = `?preview=${preview}&createCounterparties=${createCounterparties}`;
    try {
      const response = await post<{ data: ImportResult }>(`${IMPORT_URL}${query}`, form);
      setStage({ step: preview ? 'preview' : 'imported', result: response.data.data });
    } catch (error) {
      const refusal = refusalMessage(error);
      setFailure(refusal ? formatMessage({ id: 'vitrylo.bankImport.refused' }, { reason: sentence(refusal) }) : formatMessage({ id: 'vitrylo.bankImport.failed' }));
      setStage({ step: 'choose' });
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setFile(null);
    setStage({ step: 'choose' });
    if (input.current) input.current.value = '';
  };

  const toCreate = stage.step === 'preview' ? stage.result.summary.created : 0;

  return (
    <CrmPage titleId="vitrylo.bankImport.title" subtitleId="vitrylo.bankImport.subtitle">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {failure ? (
          <Alert variant="danger" title={formatMessage({ id: 'vitrylo.bankImport.refusedTitle' })} closeLabel={formatMessage({ id: 'vitrylo.bankImport.close' })} onClose={() => setFailure(null)} data-testid="bank-import-refusal">
            {failure}
          </Alert>
        ) : null}
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
          <Flex gap={4} alignItems="center" wrap="wrap">
            <input
              ref={input}
              type="file"
              accept=".txt,.csv,.1c,text/plain,text/csv"
              data-testid="bank-import-file"
              style={{ display: 'none' }}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setStage({ step: 'choose' });
                setFailure(null);
              }}
            />
            <Button variant="secondary" onClick={() => input.current?.click()} disabled={busy}>
              {formatMessage({ id: 'vitrylo.bankImport.choose' })}
            </Button>
            <Typography textColor={file ? 'neutral800' : 'neutral500'}>{file ? file.name : formatMessage({ id: 'vitrylo.bankImport.noFile' })}</Typography>
            <Checkbox checked={createCounterparties} onCheckedChange={(checked: boolean) => setCreateCounterparties(checked === true)} disabled={busy || stage.step === 'imported'}>
              {formatMessage({ id: 'vitrylo.bankImport.createCounterparties' })}
            </Checkbox>
          </Flex>
          <Flex gap={2} paddingTop={4} alignItems="center" wrap="wrap">
            {stage.step === 'imported' ? (
              <Button onClick={startOver}>{formatMessage({ id: 'vitrylo.bankImport.another' })}</Button>
            ) : (
              <>
                <Button variant={stage.step === 'preview' ? 'secondary' : 'default'} onClick={() => send(true)} disabled={!file} loading={busy && stage.step === 'choose'}>
                  {formatMessage({ id: 'vitrylo.bankImport.preview' })}
                </Button>
                {stage.step === 'preview' ? (
                  <Button onClick={() => send(false)} loading={busy} disabled={toCreate === 0}>
                    {toCreate === 0 ? formatMessage({ id: 'vitrylo.bankImport.nothingToImport' }) : formatMessage({ id: 'vitrylo.bankImport.confirm' }, { count: toCreate })}
                  </Button>
                ) : null}
              </>
            )}
          </Flex>
          {stage.step === 'preview' ? (
            <Box paddingTop={3}>
              <Typography textColor="neutral600" data-testid="bank-import-preview-note">
                {toCreate === 0
                  ? formatMessage({ id: 'vitrylo.bankImport.allDuplicates' }, { count: stage.result.summary.documents })
                  : formatMessage({ id: 'vitrylo.bankImport.previewNote' })}
              </Typography>
            </Box>
          ) : null}
        </Box>
        {stage.step === 'imported' ? <Imported result={stage.result} /> : null}
        {stage.step === 'preview' ? (
          <>
            <Summary summary={stage.result.summary} preview />
            <Rows rows={stage.result.rows} total={stage.result.summary.documents} />
          </>
        ) : null}
      </Flex>
    </CrmPage>
  );
}

/** "рядок 12: сума …" → "Рядок 12: сума …", without a closing full stop (the message adds its own). */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/\.+$/, '');
  return trimmed.charAt(0).toLocaleUpperCase('uk') + trimmed.slice(1);
}

function Imported({ result }: { result: ImportResult }) {
  const { formatMessage } = useIntl();
  const [shown, setShown] = React.useState(true);
  const { summary, statement } = result;
  const links =
    statement || summary.unmatched > 0 ? (
      <Flex gap={4}>
        {statement ? (
          <Link tag={RouterLink} to={STATEMENT_URL(statement.documentId)}>
            {formatMessage({ id: 'vitrylo.bankImport.openStatement' })}
          </Link>
        ) : null}
        {summary.unmatched > 0 ? (
          <Link tag={RouterLink} to={UNMATCHED_PAYMENTS_URL}>
            {formatMessage({ id: 'vitrylo.bankImport.openUnmatched' })}
          </Link>
        ) : null}
      </Flex>
    ) : null;
  return (
    <>
      {shown ? (
        <Alert variant="success" title={formatMessage({ id: 'vitrylo.bankImport.done' })} closeLabel={formatMessage({ id: 'vitrylo.bankImport.close' })} onClose={() => setShown(false)} action={links} data-testid="bank-import-done">
          {formatMessage({ id: 'vitrylo.bankImport.doneText' }, { created: summary.created, duplicates: summary.duplicates, matched: summary.matched, unmatched: summary.unmatched })}
        </Alert>
      ) : (
        links
      )}
      <Summary summary={summary} />
    </>
  );
}

function Summary({ summary, preview }: { summary: StatementSummary; preview?: boolean }) {
  const { formatMessage } = useIntl();
  const moved = (count: number, amount: string) => formatMessage({ id: 'vitrylo.bankImport.summary.moved' }, { count, amount: formatDecimalMoney(amount) });
  const figures: Array<[string, React.ReactNode]> = [
    ['format', formatMessage({ id: `vitrylo.bankImport.format.${summary.format}` })],
    ['encoding', formatMessage({ id: `vitrylo.bankImport.encoding.${summary.encoding}` })],
    ['account', summary.account ?? '—'],
    ['period', `${dateText(summary.periodFrom)} – ${dateText(summary.periodTo)}`],
    ['documents', summary.documents],
    ['incoming', moved(summary.incoming, summary.totalIncoming)],
    ['outgoing', moved(summary.outgoing, summary.totalOutgoing)],
    [preview ? 'willCreate' : 'created', summary.created],
    ['duplicates', summary.duplicates],
    [preview ? 'willMatch' : 'matched', summary.matched],
    ['unmatched', summary.unmatched],
  ];
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="bank-import-summary">
      <Grid.Root gap={4}>
        {figures.map(([key, value]) => (
          <Grid.Item key={key} col={3} s={6} direction="column" alignItems="flex-start">
            <Typography variant="sigma" textColor="neutral600">
              {formatMessage({ id: `vitrylo.bankImport.summary.${key}` })}
            </Typography>
            <Typography variant="omega" fontWeight="semiBold" data-testid={`bank-import-${key}`}>
              {value}
            </Typography>
          </Grid.Item>
        ))}
      </Grid.Root>
    </Box>
  );
}

const COLUMNS = ['line', 'date', 'number', 'direction', 'amount', 'otherParty', 'purpose', 'match'];

/** The purpose is what an accountant reads a payment by: it wraps, never cut short; a row reads from its top. */
const Wrapping = styled(Td)`
  white-space: normal;
  overflow-wrap: break-word;
  vertical-align: top;
  & > * {
    white-space: normal;
  }
`;

/** A cell of the preview (the table's own rule leaves its first column without vertical padding: set here for all). */
const Cell = ({ children, width, nowrap }: { children: React.ReactNode; width?: string; nowrap?: boolean }) => (
  <Wrapping style={{ paddingTop: '1.2rem', paddingBottom: '1.2rem', ...(width ? { minWidth: width } : {}) }}>
    {typeof children === 'string' || typeof children === 'number' ? (
      <Typography textColor="neutral800" style={nowrap ? { whiteSpace: 'nowrap' } : undefined}>
        {children}
      </Typography>
    ) : (
      children
    )}
  </Wrapping>
);

function Rows({ rows, total }: { rows: PreviewRow[]; total: number }) {
  const { formatMessage } = useIntl();
  return (
    <Box>
      <Table colCount={COLUMNS.length} rowCount={rows.length + 1}>
        <Thead>
          <Tr>
            {COLUMNS.map((key) => (
              <Th key={key}>
                <Typography variant="sigma">{formatMessage({ id: `vitrylo.bankImport.col.${key}` })}</Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((row) => (
            <Tr key={row.line} data-line={row.line}>
              <Cell>{row.line}</Cell>
              <Cell nowrap>{dateText(row.date)}</Cell>
              <Cell>{row.number ?? '—'}</Cell>
              <Cell nowrap>{formatMessage({ id: `vitrylo.bankImport.direction.${row.direction}` })}</Cell>
              <Cell>
                <Typography textColor={row.direction === 'incoming' ? 'success600' : 'neutral800'} fontWeight="semiBold" style={{ whiteSpace: 'nowrap' }}>
                  {formatDecimalMoney(row.amount, row.currency)}
                </Typography>
              </Cell>
              <Cell width="12rem">{row.otherParty ?? '—'}</Cell>
              <Cell width="20rem">{row.purpose}</Cell>
              <Cell width="14rem">
                <MatchCell row={row} />
              </Cell>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {total > rows.length ? (
        <Box paddingTop={2}>
          <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.bankImport.more' }, { shown: rows.length, total })}</Typography>
        </Box>
      ) : null}
    </Box>
  );
}

/** What the import makes of a row: its invoice (or none), whose payment it is and why. */
function MatchCell({ row }: { row: PreviewRow }) {
  const { formatMessage } = useIntl();
  if (row.duplicate) return <Badge>{formatMessage({ id: 'vitrylo.bankImport.duplicate' })}</Badge>;
  // money we paid out never goes to a sales invoice: no invoice is no problem there
  const [background, text] = row.invoice ? ['success100', 'success700'] : row.direction === 'incoming' ? ['warning100', 'warning700'] : ['neutral150', 'neutral700'];
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Badge backgroundColor={background} textColor={text}>
        {row.invoice ? formatMessage({ id: 'vitrylo.bankImport.toInvoice' }, { number: row.invoice }) : formatMessage({ id: 'vitrylo.bankImport.noInvoice' })}
      </Badge>
      {row.counterparty ? (
        <Typography variant="omega" textColor="neutral800">
          {row.counterparty}
        </Typography>
      ) : null}
      {/* the matcher's own words: by which code the payer was found, why no invoice fits */}
      <Typography variant="pi" textColor="neutral600" data-testid="bank-import-reason">
        {row.reason ?? formatMessage({ id: 'vitrylo.bankImport.unknownCounterparty' })}
      </Typography>
    </Flex>
  );
}
