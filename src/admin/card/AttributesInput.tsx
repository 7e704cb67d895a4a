import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Field, Flex, IconButton, TextInput, Toggle, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useField } from '@strapi/strapi/admin';
import { addFieldRenderer } from '../kit/field-inputs';
import { AttributeEntry, AttributeIssue, attributeEntries, attributesObject, blankEntry } from '../../domain/counterparty';
import { modelOnScreen } from '../model-on-screen';

/**
 * "Додаткові реквізити" of a counterparty edited as labelled fields, one row per attribute (its caption and
 * a value input by the kind of value: text, number, yes / no), instead of Strapi's JSON editor. The rows are
 * written back into the same JSON object (domain/counterparty/attributes.ts); every other JSON field keeps
 * Strapi's input.
 */

const CARD_ATTRIBUTES: Record<string, string> = { 'api::counterparty.counterparty': 'attributes' };

interface JsonInputProps {
  name: string;
  label: string;
  hint?: React.ReactNode;
  disabled?: boolean;
  required?: boolean;
  attribute: { type: string };
  [key: string]: unknown;
}

function sameEntries(a: readonly AttributeEntry[], b: readonly AttributeEntry[]): boolean {
  return JSON.stringify(attributesObject(a).value) === JSON.stringify(attributesObject(b).value);
}

const Row = ({
  entry,
  index,
  issue,
  disabled,
  onChange,
  onRemove,
}: {
  entry: AttributeEntry;
  index: number;
  issue?: AttributeIssue;
  disabled?: boolean;
  onChange(next: AttributeEntry): void;
  onRemove(): void;
}) => {
  const { formatMessage } = useIntl();
  const error = issue ? formatMessage({ id: `vitrylo.card.attributes.issue.${issue.code}` }) : undefined;
  const labelError = issue && issue.code !== 'number.invalid' ? error : undefined;
  const valueError = issue?.code === 'number.invalid' ? error : undefined;
  return (
    <Flex gap={2} alignItems="flex-start" data-attribute-row={index}>
      <Box style={{ flex: '0 0 40%' }}>
        <Field.Root name={`attribute-label-${index}`} error={labelError}>
          <TextInput
            aria-label={formatMessage({ id: 'vitrylo.card.attributes.label' })}
            placeholder={formatMessage({ id: 'vitrylo.card.attributes.label' })}
            value={entry.label}
            disabled={disabled}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ ...entry, label: event.target.value })}
          />
          <Field.Error />
        </Field.Root>
      </Box>
      <Box style={{ flex: '1 1 auto' }}>
        <Field.Root name={`attribute-value-${index}`} error={valueError}>
          {entry.kind === 'boolean' ? (
            <Toggle
              aria-label={entry.label || formatMessage({ id: 'vitrylo.card.attributes.value' })}
              onLabel={formatMessage({ id: 'vitrylo.card.attributes.yes' })}
              offLabel={formatMessage({ id: 'vitrylo.card.attributes.no' })}
              checked={Boolean(entry.value)}
              disabled={disabled}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ ...entry, value: event.target.checked })}
            />
          ) : entry.kind === 'other' ? (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage({ id: 'vitrylo.card.attributes.other' }, { text: Array.isArray(entry.value) ? entry.value.join(', ') : Object.values(entry.value as object).join(', ') })}
            </Typography>
          ) : (
            <TextInput
              aria-label={entry.label || formatMessage({ id: 'vitrylo.card.attributes.value' })}
              placeholder={formatMessage({ id: 'vitrylo.card.attributes.value' })}
              inputMode={entry.kind === 'number' ? 'decimal' : undefined}
              value={String(entry.value ?? '')}
              disabled={disabled}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ ...entry, value: event.target.value })}
            />
          )}
          <Field.Error />
        </Field.Root>
      </Box>
      <IconButton
        label={formatMessage({ id: 'vitrylo.card.attributes.remove' }, { label: entry.label })}
        variant="ghost"
        disabled={disabled}
        onClick={onRemove}
      >
        <Trash />
      </IconButton>
    </Flex>
  );
};

const AttributesEditor = ({ name, label, hint, disabled, required }: JsonInputProps) => {
  const { formatMessage } = useIntl();
  const field = useField(name);
  const [entries, setEntries] = React.useState<AttributeEntry[]>(() => attributeEntries(field.value));
  // a value put into the form from outside (a reset after saving, another record) replaces the rows
  React.useEffect(() => {
    const stored = attributeEntries(field.value);
    setEntries((current) => (sameEntries(current, stored) ? current : stored));
  }, [field.value]);
  const { issues } = attributesObject(entries);

  const update = (next: AttributeEntry[]) => {
    setEntries(next);
    const built = attributesObject(next);
    if (built.issues.length === 0) field.onChange(name, built.value);
  };
  const add = (kind: 'text' | 'number' | 'boolean') => update([...entries, blankEntry(kind)]);

  return (
    <Field.Root name={name} hint={hint} required={required} error={field.error}>
      <Field.Label>{label}</Field.Label>
      <Flex direction="column" alignItems="stretch" gap={2} paddingTop={1} data-attributes-editor="">
        {entries.length === 0 ? (
          <Typography variant="omega" textColor="neutral600">
            {formatMessage({ id: 'vitrylo.card.attributes.empty' })}
          </Typography>
        ) : (
          entries.map((entry, index) => (
            <Row
              key={index}
              entry={entry}
              index={index}
              issue={issues.find((issue) => issue.index === index)}
              disabled={disabled}
              onChange={(next) => update(entries.map((current, i) => (i === index ? next : current)))}
              onRemove={() => update(entries.filter((_, i) => i !== index))}
            />
          ))
        )}
        {issues.length > 0 ? (
          <Typography variant="pi" textColor="danger600">
            {formatMessage({ id: 'vitrylo.card.attributes.unsaved' })}
          </Typography>
        ) : null}
        {disabled ? null : (
          <Flex gap={2} wrap="wrap">
            <Button variant="secondary" size="S" startIcon={<Plus />} onClick={() => add('text')}>
              {formatMessage({ id: 'vitrylo.card.attributes.addText' })}
            </Button>
            <Button variant="secondary" size="S" startIcon={<Plus />} onClick={() => add('number')}>
              {formatMessage({ id: 'vitrylo.card.attributes.addNumber' })}
            </Button>
            <Button variant="secondary" size="S" startIcon={<Plus />} onClick={() => add('boolean')}>
              {formatMessage({ id: 'vitrylo.card.attributes.addBoolean' })}
            </Button>
          </Flex>
        )}
      </Flex>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

/** The card's attributes field is drawn as the attributes editor; other JSON fields are left to others. */
export function registerAttributesInput(app: { addFields(field: { type: string; Component: React.ComponentType<any> }): void }): void {
  addFieldRenderer(app, 'json', (props: JsonInputProps) => (CARD_ATTRIBUTES[modelOnScreen() ?? ''] === props.name ? <AttributesEditor {...props} /> : null));
}
