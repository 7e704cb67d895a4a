import * as React from 'react';
import { useIntl } from 'react-intl';
import { Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { LocalDateInput } from './date-inputs';

export type ParamField =
  | { name: string; labelId: string; type: 'date' | 'text' }
  | { name: string; labelId: string; type: 'select'; options: Array<{ value: string; labelId: string }> };

export type Params = Record<string, string>;

/** A row of parameters (period, filters) with a submit button; the page decides what to do with them. */
export function ParamsForm({ fields, initial, onSubmit }: { fields: ParamField[]; initial: Params; onSubmit(params: Params): void }) {
  const { formatMessage } = useIntl();
  const [values, setValues] = React.useState<Params>(initial);
  const set = (name: string, value: string) => setValues((current) => ({ ...current, [name]: value }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(values);
      }}
    >
      <Flex gap={4} alignItems="flex-end" wrap="wrap" paddingBottom={6}>
        {fields.map((field) => (
          <Field.Root key={field.name} name={field.name}>
            <Field.Label>{formatMessage({ id: field.labelId })}</Field.Label>
            {field.type === 'select' ? (
              <SingleSelect value={values[field.name] ?? ''} onChange={(value: string | number) => set(field.name, String(value))}>
                {field.options.map((option) => (
                  <SingleSelectOption key={option.value} value={option.value}>
                    {formatMessage({ id: option.labelId })}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            ) : field.type === 'date' ? (
              <LocalDateInput name={field.name} value={values[field.name] ?? ''} onChange={(value) => set(field.name, value)} clearable />
            ) : (
              <TextInput value={values[field.name] ?? ''} onChange={(event: React.ChangeEvent<HTMLInputElement>) => set(field.name, event.target.value)} />
            )}
          </Field.Root>
        ))}
        <Button type="submit">{formatMessage({ id: 'vitrylo.kit.apply' })}</Button>
      </Flex>
    </form>
  );
}
