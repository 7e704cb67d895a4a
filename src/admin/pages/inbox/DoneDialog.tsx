import * as React from 'react';
import { useIntl } from 'react-intl';
import { Button, Field, Modal, Textarea } from '@strapi/design-system';

interface Props {
  open: boolean;
  busy: boolean;
  error: string | null;
  onClose(): void;
  onSave(result: string): void;
}

/** "Виконано": what came of the request, required; the server writes it into the client's chronicle. */
export function DoneDialog(props: Props) {
  return (
    <Modal.Root open={props.open} onOpenChange={(next: boolean) => !next && props.onClose()}>
      <Modal.Content>
        <DoneForm {...props} />
      </Modal.Content>
    </Modal.Root>
  );
}

function DoneForm({ busy, error, onClose, onSave }: Props) {
  const { formatMessage } = useIntl();
  const [result, setResult] = React.useState('');
  return (
    <>
      <Modal.Header closeLabel={formatMessage({ id: 'vitrylo.inbox.action.closeDialog' })}>
        <Modal.Title>{formatMessage({ id: 'vitrylo.inbox.done.title' })}</Modal.Title>
      </Modal.Header>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave(result);
        }}
      >
        <Modal.Body>
          <Field.Root name="result" error={error ?? undefined} hint={formatMessage({ id: 'vitrylo.inbox.done.hint' })} required>
            <Field.Label>{formatMessage({ id: 'vitrylo.inbox.done.result' })}</Field.Label>
            <Textarea value={result} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setResult(event.target.value)} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose} type="button">
            {formatMessage({ id: 'vitrylo.inbox.action.cancel' })}
          </Button>
          <Button type="submit" loading={busy}>
            {formatMessage({ id: 'vitrylo.inbox.done.save' })}
          </Button>
        </Modal.Footer>
      </form>
    </>
  );
}
