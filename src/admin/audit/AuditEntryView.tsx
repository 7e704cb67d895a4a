/**
 * The audit log in the content manager, readable: the record type and the job read in Ukrainian (list
 * cells, the type filter, the entry's fields), and an entry's "Зміни" and "Підсумки завдання" show a link
 * to the record, each changed field as "old → new" and a job's counts as lines, instead of raw JSON.
 * Registered by registerAuditLog(app) in app.tsx; other types' fields keep Strapi's inputs.
 */
import * as React from 'react';
import { Box, Field, Flex, Link, TextInput, Typography } from '@strapi/design-system';
import { InputRenderer, useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { modelOnScreen } from '../model-on-screen';
import { addFieldRenderer } from '../kit/field-inputs';
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

/** A link to the record ("Відкрити запис «Р-17 від 2025-03-01»"), then one line per changed field. */
function ChangesView({ label }: { label: React.ReactNode }) {
  const { formatMessage } = useIntl();
  const entry = useForm('AuditChangesView', (state) => state.values) as EntryValues;
  const uid = entry.targetUid ?? '';
  const path = recordPath(entry);
  const changes = Array.isArray(entry.changes) ? entry.changes : [];
  return (
    <Frame label={label}>
      {path ? (
        <Link tag={NavLink} to={path}>
          {formatMessage({ id: 'vitrylo.audit.openRecord' }, { label: entry.targetLabel || typeCaption(entry.targetUid) })}
        </Link>
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

/** A job's counts, one line each ("Створено: Контрагенти — 220, …"). */
function JobSummaryView({ label }: { label: React.ReactNode }) {
  const { formatMessage } = useIntl();
  const entry = useForm('AuditJobSummaryView', (state) => state.values) as EntryValues;
  const lines = jobSummary(entry.counts);
  return (
    <Frame label={label}>
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
function auditJson(props: JsonInputProps): React.ReactElement | null {
  if (modelOnScreen() === AUDIT_ENTRY_UID && props.name === 'changes') return <ChangesView label={props.label} />;
  if (modelOnScreen() === AUDIT_ENTRY_UID && props.name === 'counts') return <JobSummaryView label={props.label} />;
  return null;
}

/** Machine values of the entry's text fields, shown by their Ukrainian names. */
const READABLE_STRINGS: Record<string, (entry: EntryValues) => string> = {
  targetUid: (entry) => (entry.targetUid ? typeCaption(entry.targetUid) : ''),
  jobName: (entry) => (entry.jobName ? jobCaption(entry.jobName) : ''),
};

function ReadableStringField({ name, label }: { name: string; label: React.ReactNode }) {
  const entry = useForm('AuditReadableString', (state) => state.values) as EntryValues;
  return (
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <TextInput value={READABLE_STRINGS[name](entry)} disabled readOnly />
    </Field.Root>
  );
}

/** Text fields: the entry's record type and job by name; every other text field as Strapi renders it. */
function StringInput(props: JsonInputProps) {
  if (modelOnScreen() === AUDIT_ENTRY_UID && READABLE_STRINGS[props.name]) return <ReadableStringField name={props.name} label={props.label} />;
  // the content manager leaves these two out for its own text inputs (pages/EditView/components/InputRenderer)
  const { unique: _unique, mainField: _mainField, ...rest } = props;
  return <InputRenderer {...(rest as any)} type="string" />;
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
  addFieldRenderer(app, 'json', auditJson);
  app.addFields({ type: 'string', Component: StringInput });
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
