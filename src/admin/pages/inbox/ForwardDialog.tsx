import * as React from 'react';
import { useIntl } from 'react-intl';
import { Button, Combobox, ComboboxOption, Field, Flex, Modal, Radio, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useCrmQuery } from '../../kit/useCrmQuery';
import type { ForwardTargets } from './inbox-api';

export type ForwardInput = { to: string; reason: string } | { department: string; reason: string };

interface Props {
  open: boolean;
  busy: boolean;
  error: string | null;
  currentAssignee: string | null;
  onClose(): void;
  onSend(input: ForwardInput): void;
}

/** "Переадресувати": to an employee, or to a department (its duty person now), always with a reason. */
export function ForwardDialog(props: Props) {
  return (
    <Modal.Root open={props.open} onOpenChange={(next: boolean) => !next && props.onClose()}>
      <Modal.Content>
        {/* mounted only while open: the targets are asked for when the dialog opens, the form starts empty */}
        <ForwardForm {...props} />
      </Modal.Content>
    </Modal.Root>
  );
}

function ForwardForm({ busy, error, currentAssignee, onClose, onSend }: Props) {
  const { formatMessage } = useIntl();
  const targets = useCrmQuery<{ data: ForwardTargets }>('/crm/inbox/forward-targets');
  const [mode, setMode] = React.useState<'employee' | 'department'>('employee');
  const [employee, setEmployee] = React.useState('');
  const [department, setDepartment] = React.useState('');
  const [reason, setReason] = React.useState('');
  const data = targets.status === 'ready' ? targets.data.data : null;
  const employees = (data?.employees ?? []).filter((e) => e.documentId !== currentAssignee);
  return (
    <>
        <Modal.Header closeLabel={formatMessage({ id: 'vitrylo.inbox.action.closeDialog' })}>
          <Modal.Title>{formatMessage({ id: 'vitrylo.inbox.forward.title' })}</Modal.Title>
        </Modal.Header>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSend(mode === 'employee' ? { to: employee, reason } : { department, reason });
          }}
        >
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Field.Root name="mode">
                <Field.Label>{formatMessage({ id: 'vitrylo.inbox.forward.to' })}</Field.Label>
                <Radio.Group value={mode} onValueChange={(value: string) => setMode(value as 'employee' | 'department')} aria-label={formatMessage({ id: 'vitrylo.inbox.forward.to' })}>
                  <Radio.Item value="employee">{formatMessage({ id: 'vitrylo.inbox.forward.toEmployee' })}</Radio.Item>
                  <Radio.Item value="department">{formatMessage({ id: 'vitrylo.inbox.forward.toDepartment' })}</Radio.Item>
                </Radio.Group>
              </Field.Root>
              {mode === 'employee' ? (
                <Field.Root name="to" required>
                  <Field.Label>{formatMessage({ id: 'vitrylo.inbox.forward.employee' })}</Field.Label>
                  <Combobox
                    value={employee}
                    onChange={(value: string) => setEmployee(value ?? '')}
                    placeholder={formatMessage({ id: 'vitrylo.inbox.forward.choose' })}
                    noOptionsMessage={() => formatMessage({ id: 'vitrylo.inbox.forward.noOptions' })}
                    loading={targets.status === 'loading'}
                    loadingMessage={formatMessage({ id: 'vitrylo.kit.loading' })}
                    clearLabel={formatMessage({ id: 'vitrylo.inbox.action.cancel' })}
                  >
                    {employees.map((e) => (
                      <ComboboxOption key={e.documentId} value={e.documentId}>
                        {e.department ? `${e.fullName} — ${e.department.name}` : e.fullName}
                      </ComboboxOption>
                    ))}
                  </Combobox>
                </Field.Root>
              ) : (
                <Field.Root name="department" required hint={formatMessage({ id: 'vitrylo.inbox.forward.departmentHint' })}>
                  <Field.Label>{formatMessage({ id: 'vitrylo.inbox.forward.department' })}</Field.Label>
                  <SingleSelect value={department} onChange={(value: string | number) => setDepartment(String(value))} placeholder={formatMessage({ id: 'vitrylo.inbox.forward.choose' })}>
                    {(data?.departments ?? []).map((d) => (
                      <SingleSelectOption key={d.documentId} value={d.documentId}>
                        {d.name}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Hint />
                </Field.Root>
              )}
              <Field.Root name="reason" required>
                <Field.Label>{formatMessage({ id: 'vitrylo.inbox.forward.reason' })}</Field.Label>
                <Textarea value={reason} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)} />
              </Field.Root>
              {error ? (
                <Typography textColor="danger600" role="alert">
                  {error}
                </Typography>
              ) : null}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Button variant="tertiary" onClick={onClose} type="button">
              {formatMessage({ id: 'vitrylo.inbox.action.cancel' })}
            </Button>
            <Button type="submit" loading={busy}>
              {formatMessage({ id: 'vitrylo.inbox.forward.send' })}
            </Button>
          </Modal.Footer>
        </form>
    </>
  );
}
