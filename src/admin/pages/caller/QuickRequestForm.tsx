import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Alert, Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { recordLink } from '../../../domain/workspace/list-query';
import { enumCaption } from '../../../type-meta/labels';
import { FormOptions, INBOUND_REQUEST, RequestDraft, RoutedRequest, formatWhen } from './caller-types';

const TEXT_FIELDS = ['callerName', 'callerPhone', 'callerEmail', 'organizationName', 'subject'] as const;
const NONE = '-';

type Values = Record<string, string>;

/** The server's 400 as messages per field ('body.x' and 'x' alike), in the panel's language. */
function fieldErrors(error: any): Record<string, string> | null {
  const details = error?.response?.data?.error?.details?.errors;
  if (!Array.isArray(details)) return null;
  const errors: Record<string, string> = {};
  for (const detail of details) {
    const path: string[] = Array.isArray(detail.path) ? detail.path.map(String) : [];
    const field = path[0] === 'body' ? path[1] : path[0];
    if (field && !errors[field]) errors[field] = String(detail.message ?? '');
  }
  return errors;
}

/** Whom the request went to and why, right after saving. */
function Routed({ routed, timeZone, onAnother }: { routed: RoutedRequest; timeZone: string; onAnother(): void }) {
  const { formatMessage } = useIntl();
  return (
    <Box background="success100" hasRadius padding={6} data-testid="routed-request">
      <Typography variant="delta" tag="h2">
        {formatMessage({ id: 'vitrylo.caller.done.title' })}
      </Typography>
      <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={3}>
        <Typography fontWeight="bold" data-testid="routed-assignee">
          {routed.assignee ? formatMessage({ id: 'vitrylo.caller.done.assignee' }, { name: routed.assignee.fullName }) : formatMessage({ id: 'vitrylo.caller.done.unassigned' })}
        </Typography>
        {routed.targetDepartment ? <Typography>{formatMessage({ id: 'vitrylo.caller.done.department' }, { name: routed.targetDepartment.name })}</Typography> : null}
        {routed.routingReason ? <Typography data-testid="routed-reason">{formatMessage({ id: 'vitrylo.caller.done.reason' }, { reason: routed.routingReason })}</Typography> : null}
        <Typography>
          {routed.counterparty ? formatMessage({ id: 'vitrylo.caller.done.client' }, { name: routed.counterparty.name }) : formatMessage({ id: 'vitrylo.caller.done.unmatched' })}
        </Typography>
        {routed.dueAt ? <Typography>{formatMessage({ id: 'vitrylo.caller.done.due' }, { due: formatWhen(routed.dueAt, timeZone) })}</Typography> : null}
        {routed.flagged ? <Typography textColor="danger600">{formatMessage({ id: 'vitrylo.caller.done.flagged' })}</Typography> : null}
      </Flex>
      <Flex gap={2} paddingTop={4}>
        {routed.visible ? (
          <Button tag={Link} to={recordLink(INBOUND_REQUEST, routed.documentId)} variant="secondary">
            {formatMessage({ id: 'vitrylo.caller.done.open' })}
          </Button>
        ) : null}
        <Button variant="tertiary" onClick={onAnother}>
          {formatMessage({ id: 'vitrylo.caller.done.another' })}
        </Button>
      </Flex>
    </Box>
  );
}

/**
 * "Нове звернення": the Secretary's quick form. Received now; the server's intake matches the caller,
 * routes the request and says whom it went to and why. A refused field shows the server's message on it.
 */
export function QuickRequestForm({ draft, options, timeZone, onCancel }: { draft: RequestDraft; options: FormOptions; timeZone: string; onCancel(): void }) {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const initial = (): Values => ({
    callerName: draft.callerName ?? '',
    callerPhone: draft.callerPhone ?? '',
    callerEmail: draft.callerEmail ?? '',
    organizationName: draft.organizationName ?? '',
    subject: '',
    message: '',
    leadSource: NONE,
    urgency: options.defaultUrgency,
    channel: options.defaultChannel,
  });
  const [values, setValues] = React.useState<Values>(initial);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [failure, setFailure] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [routed, setRouted] = React.useState<RoutedRequest | null>(null);
  const invalidText = formatMessage({ id: 'vitrylo.caller.form.invalid' });
  const set = (name: string, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    // a corrected field stops showing the refusal of what was there before
    setErrors((current) => (name in current ? Object.fromEntries(Object.entries(current).filter(([field]) => field !== name)) : current));
  };

  if (routed) {
    return (
      <Routed
        routed={routed}
        timeZone={timeZone}
        onAnother={() => {
          setRouted(null);
          setValues(initial());
        }}
      />
    );
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setFailure(null);
    const body: Record<string, unknown> = {};
    for (const field of [...TEXT_FIELDS, 'message', 'urgency', 'channel']) if (values[field].trim() !== '') body[field] = values[field];
    if (values.leadSource !== NONE) body.leadSource = values.leadSource;
    if (draft.counterparty) body.counterparty = draft.counterparty.documentId;
    if (draft.contactPerson) body.contactPerson = draft.contactPerson.documentId;
    try {
      const response = await post<{ data: RoutedRequest }>('/crm/caller/requests', body);
      setRouted(response.data.data);
    } catch (error) {
      const byField = fieldErrors(error);
      if (byField && Object.keys(byField).length > 0) {
        setErrors(byField);
        setFailure(invalidText);
      } else {
        setFailure(formatMessage({ id: 'vitrylo.caller.form.failed' }));
      }
    } finally {
      setSaving(false);
    }
  };

  const text = (name: string, col = 6) => (
    <Grid.Item key={name} col={col} s={12} direction="column" alignItems="stretch">
      <Field.Root name={name} error={errors[name]} required={name === 'subject'}>
        <Field.Label>{formatMessage({ id: `vitrylo.caller.form.${name}` })}</Field.Label>
        <TextInput value={values[name]} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(name, e.target.value)} />
        <Field.Error />
      </Field.Root>
    </Grid.Item>
  );
  const select = (name: string, choices: Array<{ value: string; label: string }>) => (
    <Grid.Item key={name} col={4} s={12} direction="column" alignItems="stretch">
      <Field.Root name={name} error={errors[name]}>
        <Field.Label>{formatMessage({ id: `vitrylo.caller.form.${name}` })}</Field.Label>
        <SingleSelect value={values[name]} onChange={(value: string | number) => set(name, String(value))}>
          {choices.map((choice) => (
            <SingleSelectOption key={choice.value} value={choice.value}>
              {choice.label}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="quick-request-form">
      <form onSubmit={submit} noValidate>
        <Typography variant="delta" tag="h2">
          {formatMessage({ id: 'vitrylo.caller.form.title' })}
        </Typography>
        <Box paddingTop={1} paddingBottom={4}>
          <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.caller.form.hint' })}</Typography>
          {draft.counterparty ? (
            <Typography tag="p" fontWeight="bold">
              {formatMessage({ id: 'vitrylo.caller.form.client' }, { name: draft.counterparty.name })}
            </Typography>
          ) : null}
        </Box>
        {failure && (failure !== invalidText || Object.keys(errors).length > 0) ? (
          <Box paddingBottom={4}>
            <Alert variant="danger" closeLabel={formatMessage({ id: 'vitrylo.caller.form.cancel' })} onClose={() => setFailure(null)}>
              {failure}
            </Alert>
          </Box>
        ) : null}
        <Grid.Root gap={4}>
          {text('callerName')}
          {text('organizationName')}
          {text('callerPhone')}
          {text('callerEmail')}
          {text('subject', 12)}
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <Field.Root name="message" error={errors.message}>
              <Field.Label>{formatMessage({ id: 'vitrylo.caller.form.message' })}</Field.Label>
              <Textarea value={values.message} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('message', e.target.value)} />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          {options.leadSources
            ? select('leadSource', [
                { value: NONE, label: formatMessage({ id: 'vitrylo.caller.form.leadSource.none' }) },
                ...options.leadSources.map((source) => ({ value: source.documentId, label: source.name })),
              ])
            : null}
          {select('urgency', options.urgencies.map((value) => ({ value, label: enumCaption(INBOUND_REQUEST, 'urgency', value) })))}
          {select('channel', options.channels.map((value) => ({ value, label: enumCaption(INBOUND_REQUEST, 'channel', value) })))}
        </Grid.Root>
        <Flex gap={2} paddingTop={6}>
          <Button type="submit" loading={saving}>
            {formatMessage({ id: saving ? 'vitrylo.caller.form.saving' : 'vitrylo.caller.form.save' })}
          </Button>
          <Button variant="tertiary" onClick={onCancel}>
            {formatMessage({ id: 'vitrylo.caller.form.cancel' })}
          </Button>
        </Flex>
      </form>
    </Box>
  );
}
