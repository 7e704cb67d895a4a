import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { readCallerInput } from '../../../domain/caller-id/caller-input';
import { CrmPage } from '../../kit/CrmPage';
import { CallerCard } from './CallerCard';
import { QuickRequestForm } from './QuickRequestForm';
import { CallerAnswer, FormOptions, RequestDraft } from './caller-types';

type Lookup =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'invalid'; message: string }
  | { status: 'error' }
  | { status: 'ready'; typed: string; answer: CallerAnswer };

const FALLBACK_ZONE = 'Europe/Kyiv';

/** The 400's message for the one box, whichever key it was sent as. */
const invalidMessage = (error: any): string | null => {
  const details = error?.response?.data?.error?.details?.errors;
  return Array.isArray(details) && details.length > 0 ? String(details[0].message ?? '') : null;
};

/** The quick form's options, or null when the person may not register requests (403). */
function useFormOptions(): FormOptions | null {
  const { get } = useFetchClient();
  const [options, setOptions] = React.useState<FormOptions | null>(null);
  React.useEffect(() => {
    let current = true;
    get<{ data: FormOptions }>('/crm/caller/form')
      .then((response) => current && setOptions(response.data.data))
      .catch(() => current && setOptions(null));
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return options;
}

/**
 * "Хто дзвонить?": one box for a phone in any format, an e-mail or an ЄДРПОУ; the caller's cards below it
 * (several when the number is shared); no match says so and offers to register the request with the
 * number filled in. The quick form "Нове звернення" opens in place.
 */
const CallerPage = () => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const options = useFormOptions();
  const [typed, setTyped] = React.useState('');
  const [lookup, setLookup] = React.useState<Lookup>({ status: 'idle' });
  const [draft, setDraft] = React.useState<RequestDraft | null>(null);
  const timeZone = lookup.status === 'ready' ? lookup.answer.timeZone : FALLBACK_ZONE;

  const find = async (event: React.FormEvent) => {
    event.preventDefault();
    const input = readCallerInput(typed);
    setDraft(null);
    if (!input) return setLookup({ status: 'idle' });
    setLookup({ status: 'loading' });
    try {
      const response = await get<{ data: CallerAnswer }>('/crm/caller', { params: { [input.kind]: input.value } });
      setLookup({ status: 'ready', typed: typed.trim(), answer: response.data.data });
    } catch (error) {
      const message = invalidMessage(error);
      setLookup(message ? { status: 'invalid', message } : { status: 'error' });
    }
  };

  const draftFromBox = (): RequestDraft => {
    const input = readCallerInput(typed);
    if (input?.kind === 'phone') return { callerPhone: input.value };
    if (input?.kind === 'email') return { callerEmail: input.value };
    return {};
  };

  const register = (start: RequestDraft) => {
    setDraft(start);
    window.setTimeout(() => document.querySelector('[data-testid="quick-request-form"]')?.scrollIntoView({ behavior: 'smooth' }), 0);
  };

  return (
    <CrmPage titleId="vitrylo.caller.title" subtitleId="vitrylo.caller.subtitle">
      <form onSubmit={find}>
        <Flex gap={4} alignItems="flex-end" wrap="wrap" paddingBottom={6}>
          <Box minWidth="360px">
            <Field.Root name="caller" hint={formatMessage({ id: 'vitrylo.caller.input.hint' })} error={lookup.status === 'invalid' ? lookup.message : undefined}>
              <Field.Label>{formatMessage({ id: 'vitrylo.caller.input' })}</Field.Label>
              <TextInput autoFocus value={typed} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTyped(e.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Box>
          <Box paddingBottom={lookup.status === 'invalid' ? 6 : 5}>
            <Flex gap={2}>
              <Button type="submit" loading={lookup.status === 'loading'}>
                {formatMessage({ id: 'vitrylo.caller.find' })}
              </Button>
              {options ? (
                <Button variant="secondary" onClick={() => register(draftFromBox())}>
                  {formatMessage({ id: 'vitrylo.caller.newRequest' })}
                </Button>
              ) : null}
            </Flex>
          </Box>
        </Flex>
      </form>

      {lookup.status === 'idle' ? <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.caller.start' })}</Typography> : null}
      {lookup.status === 'loading' ? <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.caller.searching' })}</Typography> : null}
      {lookup.status === 'error' ? <Typography textColor="danger600">{formatMessage({ id: 'vitrylo.caller.error' })}</Typography> : null}
      {lookup.status === 'ready' && lookup.answer.cards.length === 0 ? (
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} marginBottom={4} data-testid="caller-none">
          <Typography variant="delta" tag="p">
            {formatMessage({ id: 'vitrylo.caller.none' }, { value: lookup.typed })}
          </Typography>
          {options && !draft ? (
            <Box paddingTop={4}>
              <Button onClick={() => register(draftFromBox())}>{formatMessage({ id: 'vitrylo.caller.register' })}</Button>
            </Box>
          ) : null}
        </Box>
      ) : null}
      {lookup.status === 'ready' && lookup.answer.cards.length > 1 ? (
        <Box paddingBottom={4}>
          <Typography fontWeight="bold">{formatMessage({ id: 'vitrylo.caller.several' }, { count: lookup.answer.cards.length })}</Typography>
        </Box>
      ) : null}
      {lookup.status === 'ready'
        ? lookup.answer.cards.map((card) => (
            <CallerCard
              key={card.counterparty?.documentId ?? card.contactPerson?.documentId}
              card={card}
              timeZone={timeZone}
              canRegister={Boolean(options) && lookup.answer.canRegister}
              onRegister={register}
            />
          ))
        : null}
      {draft && options ? (
        <Box paddingTop={2}>
          <QuickRequestForm key={JSON.stringify(draft)} draft={draft} options={options} timeZone={timeZone} onCancel={() => setDraft(null)} />
        </Box>
      ) : null}
    </CrmPage>
  );
};

export default CallerPage;
