/**
 * The audit log in the content manager, readable: in the list the record type and the job read in
 * Ukrainian (cells and the type filter), and an entry's "Зміни" and "Підсумки завдання" show the record
 * with a link to it, each changed field as "old → new" and a job's counts as lines, instead of raw JSON.
 * Registered by registerAuditLog(app) in app.tsx; other types' JSON fields keep Strapi's editor.
 */
import * as React from 'react';
import { Box, Field, Flex, Link, Typography } from '@strapi/design-system';
import { InputRenderer, useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { modelOnScreen } from '../model-on-screen';
import { AUDIT_ENTRY_UID, AuditChange, changeText, fieldCaption } from './audit-format';
import { jobCaption, jobSummary } from './job-caption';
import { recordPath, typeCaption, typeOptions } from './record-caption';

const LIST_COLUMNS_HOOK = 'Admin/CM/pages/ListView/inject-column-in-table';
const LIST_FILTERS_HOOK = 'Admin/CM/pages/ListView/inject-in-filters';

interface EntryValues {
  action?: string;
  targetUid?: string | null;
  targetDocumentId?: string | null;
  targetLabel?: string | null;
  jobName?: string | null;
  changes?: AuditChange[] | null;
  counts?: Record<string, unknown> | null;
}

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Typography variant="omega" textColor="neutral800" tag="p">
      <Typography variant="omega" fontWeight="semiBold">
        {label}:
      </Typography>{' '}
      {children}
    </Typography>
  );
}

function Frame({ label, children }: { label: React.ReactNode; children: React.ReactNode }) {
  return (
    <Field.Root>
      <Field.Label>{label}</Field.Label>
      <Box background="neutral100" hasRadius padding={4} borderColor="neutral200">
        <Flex direction="column" alignItems="stretch" gap={2}>
          {children}
        </Flex>
      </Box>
    </Field.Root>
  );
}

/** "Рахунок «Р-17 від 2025-03-01» — Відкрити запис", then one line per changed field. */
function ChangesView({ label }: { label: React.ReactNode }) {
  const { formatMessage } = useIntl();
  const entry = useForm('AuditChangesView', (state) => state.values) as EntryValues;
  const uid = entry.targetUid ?? '';
  const path = recordPath(entry);
  const changes = Array.isArray(entry.changes) ? entry.changes : [];
  return (
    <Frame label={label}>
      {entry.targetUid ? (
        <Flex gap={2} wrap="wrap">
          <Typography variant="omega" fontWeight="semiBold">
            {typeCaption(entry.targetUid)}
          </Typography>
          {entry.targetLabel ? <Typography variant="omega">«{entry.targetLabel}»</Typography> : null}
          {path ? (
            <Link tag={NavLink} to={path}>
              {formatMessage({ id: 'vitrylo.audit.openRecord' })}
            </Link>
          ) : null}
        </Flex>
      ) : null}
      {changes.length === 0 ? (
        <Typography variant="omega" textColor="neutral600">
          {formatMessage({ id: entry.action === 'bulk-job' ? 'vitrylo.audit.seeSummary' : 'vitrylo.audit.noFieldChanges' })}
        </Typography>
      ) : (
        changes.map((change) => (
          <Line key={change.field} label={fieldCaption(uid, change.field)}>
            {changeText(uid, change, entry.action)}
          </Line>
        ))
      )}
    </Frame>
  );
}

/** "Заповнення демо-даними" and its counts, one line each. */
function JobSummaryView({ label }: { label: React.ReactNode }) {
  const { formatMessage } = useIntl();
  const entry = useForm('AuditJobSummaryView', (state) => state.values) as EntryValues;
  const lines = jobSummary(entry.counts);
  return (
    <Frame label={label}>
      {entry.jobName ? (
        <Typography variant="omega" fontWeight="semiBold">
          {jobCaption(entry.jobName)}
        </Typography>
      ) : null}
      {lines.length === 0 ? (
        <Typography variant="omega" textColor="neutral600">
          {formatMessage({ id: 'vitrylo.audit.noJob' })}
        </Typography>
      ) : (
        lines.map((line) => (
          <Line key={line.label} label={line.label}>
            {line.text}
          </Line>
        ))
      )}
    </Frame>
  );
}

interface JsonInputProps {
  name: string;
  label: React.ReactNode;
  [key: string]: unknown;
}

/** JSON fields: the audit entry's two are shown as text, any other keeps Strapi's JSON editor. */
function JsonInput(props: JsonInputProps) {
  if (modelOnScreen() === AUDIT_ENTRY_UID && props.name === 'changes') return <ChangesView label={props.label} />;
  if (modelOnScreen() === AUDIT_ENTRY_UID && props.name === 'counts') return <JobSummaryView label={props.label} />;
  return <InputRenderer {...(props as any)} type="json" />;
}

interface ListHeader {
  name: string;
  cellFormatter?: unknown;
  [key: string]: unknown;
}

interface ListFilter {
  name: string;
  [key: string]: unknown;
}

const CELLS: Record<string, (row: EntryValues) => string> = {
  targetUid: (row) => typeCaption(row.targetUid),
  jobName: (row) => (row.jobName ? jobCaption(row.jobName) : '-'),
};

export function registerAuditLog(app: any): void {
  app.addFields({ type: 'json', Component: JsonInput });
  app.registerHook(LIST_COLUMNS_HOOK, ({ displayedHeaders, layout }: { displayedHeaders: ListHeader[]; layout: unknown }) => ({
    layout,
    displayedHeaders:
      modelOnScreen() === AUDIT_ENTRY_UID
        ? displayedHeaders.map((header) => (CELLS[header.name] ? { ...header, cellFormatter: (row: EntryValues) => CELLS[header.name](row) } : header))
        : displayedHeaders,
  }));
  // The type filter offers the types by their Ukrainian names instead of asking for a uid.
  app.registerHook(LIST_FILTERS_HOOK, ({ displayedFilters, layout }: { displayedFilters: ListFilter[]; layout: unknown }) => ({
    layout,
    displayedFilters:
      modelOnScreen() === AUDIT_ENTRY_UID
        ? displayedFilters.map((filter) => (filter.name === 'targetUid' ? { ...filter, type: 'enumeration', options: typeOptions() } : filter))
        : displayedFilters,
  }));
}
