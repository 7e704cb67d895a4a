import * as React from 'react';
import { useIntl } from 'react-intl';
import { Badge, Box, Button, Field, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { addDays, isLocalDate } from '../../../domain/time/local-date';
import { instantOf, wallClockOf } from '../../../domain/time/time-zone';
import { CrmPage, QueryView } from '../../kit/CrmPage';
import { LocalDateInput, TimeInput } from '../../kit/date-inputs';
import { useCrmQuery } from '../../kit/useCrmQuery';
import { fullDate, kindVariant, PersonNow, Whereabouts } from './whereabouts-api';
import { WeekGrid } from './WeekGrid';

const two = (n: number) => String(n).padStart(2, '0');

/** The moment as the business zone's wall clock: the fields of the picker. */
function wallFields(at: string, timeZone: string) {
  const wall = wallClockOf(new Date(at), timeZone);
  return { date: wall.date, time: `${two(wall.hour)}:${two(wall.minute)}` };
}

/** The picker's date and time, read in the business zone (not the browser's), as the instant to ask for. */
function momentOf(date: string, time: string, timeZone: string): string | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!isLocalDate(date) || !match) return null;
  return instantOf(date, timeZone, Number(match[1]), Number(match[2])).toISOString();
}

function MomentPicker({ data, onMoment }: { data: Whereabouts; onMoment(at: string | undefined): void }) {
  const { formatMessage } = useIntl();
  const [fields, setFields] = React.useState(() => wallFields(data.at, data.timeZone));
  const [invalid, setInvalid] = React.useState(false);
  React.useEffect(() => setFields(wallFields(data.at, data.timeZone)), [data.at, data.timeZone]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const at = momentOf(fields.date, fields.time, data.timeZone);
        setInvalid(!at);
        if (at) onMoment(at);
      }}
    >
      <Flex gap={4} alignItems="flex-end" wrap="wrap" paddingBottom={4}>
        <Field.Root name="date" error={invalid ? formatMessage({ id: 'vitrylo.whereabouts.badMoment' }) : undefined}>
          <Field.Label>{formatMessage({ id: 'vitrylo.whereabouts.date' })}</Field.Label>
          <LocalDateInput name="date" value={fields.date} onChange={(date) => setFields((current) => ({ ...current, date }))} />
          <Field.Error />
        </Field.Root>
        <Field.Root name="time">
          <Field.Label>{formatMessage({ id: 'vitrylo.whereabouts.time' })}</Field.Label>
          <TimeInput name="time" value={fields.time} onChange={(time) => setFields((current) => ({ ...current, time }))} />
        </Field.Root>
        <Button type="submit">{formatMessage({ id: 'vitrylo.whereabouts.show' })}</Button>
        <Button type="button" variant="tertiary" onClick={() => onMoment(undefined)}>
          {formatMessage({ id: 'vitrylo.whereabouts.now' })}
        </Button>
      </Flex>
    </form>
  );
}

function PeopleNow({ people }: { people: PersonNow[] }) {
  const { formatMessage } = useIntl();
  return (
    <Table colCount={3} rowCount={people.length + 1}>
      <Thead>
        <Tr>
          {['employee', 'where', 'state'].map((key) => (
            <Th key={key}>
              <Typography variant="sigma">{formatMessage({ id: `vitrylo.whereabouts.col.${key}` })}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {people.map((person) => (
          <Tr key={person.employeeId}>
            <Td>
              <Typography textColor="neutral800" fontWeight="semiBold">
                {person.fullName}
              </Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              <Typography textColor="neutral800">{person.label}</Typography>
            </Td>
            <Td>
              <Badge variant={kindVariant(person.kind, person.atWork)} size="S">
                {formatMessage({ id: person.atWork ? 'vitrylo.whereabouts.atWork' : 'vitrylo.whereabouts.notAtWork' })}
              </Badge>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

/**
 * "Де співробітники": everyone whose schedule the caller may read, where they are at a moment (now unless
 * picked; the server decides by the schedule and the working hours), and the week grid around it.
 */
const WhereaboutsPage = () => {
  const { formatMessage } = useIntl();
  const [at, setAt] = React.useState<string | undefined>(undefined);
  const [week, setWeek] = React.useState<string | undefined>(undefined);
  const params = { ...(at ? { at } : {}), ...(week ? { week } : {}) };
  const state = useCrmQuery<{ data: Whereabouts }>('/crm/whereabouts', params);
  return (
    <CrmPage titleId="vitrylo.whereabouts.title">
      <QueryView state={state}>
        {({ data }) => {
          const atWork = data.people.filter((p) => p.atWork).length;
          const moment = wallFields(data.at, data.timeZone);
          return (
            <>
              <Box paddingBottom={4}>
                <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.whereabouts.subtitle' })}</Typography>
              </Box>
              <MomentPicker
                data={data}
                onMoment={(next) => {
                  setAt(next);
                  setWeek(undefined);
                }}
              />
              <Typography variant="delta" tag="h2">
                {formatMessage({ id: 'vitrylo.whereabouts.atMoment' }, { moment: `${fullDate(moment.date)} ${moment.time}` })}
              </Typography>
              {data.people.length === 0 ? (
                <Box paddingTop={4}>
                  <Typography textColor="neutral600">{formatMessage({ id: 'vitrylo.whereabouts.nobody' })}</Typography>
                </Box>
              ) : (
                <>
                  <Box paddingTop={1} paddingBottom={3}>
                    <Typography variant="pi" textColor="neutral600">
                      {formatMessage({ id: 'vitrylo.whereabouts.summary' }, { atWork, away: data.people.length - atWork })}
                    </Typography>
                  </Box>
                  <PeopleNow people={data.people} />
                </>
              )}
              {data.week && data.week.rows.length > 0 ? (
                <Box paddingTop={8}>
                  <Flex justifyContent="space-between" alignItems="center" paddingBottom={3} wrap="wrap" gap={2}>
                    <Typography variant="delta" tag="h2">
                      {formatMessage({ id: 'vitrylo.whereabouts.week' }, { from: fullDate(data.week.from), to: fullDate(data.week.to) })}
                    </Typography>
                    <Flex gap={2}>
                      <Button variant="tertiary" onClick={() => setWeek(addDays(data.week!.from, -7))}>
                        {formatMessage({ id: 'vitrylo.whereabouts.previousWeek' })}
                      </Button>
                      <Button variant="tertiary" onClick={() => setWeek(undefined)} disabled={!week}>
                        {formatMessage({ id: 'vitrylo.whereabouts.thisWeek' })}
                      </Button>
                      <Button variant="tertiary" onClick={() => setWeek(addDays(data.week!.from, 7))}>
                        {formatMessage({ id: 'vitrylo.whereabouts.nextWeek' })}
                      </Button>
                    </Flex>
                  </Flex>
                  <Box style={{ overflowX: 'auto' }}>
                    <WeekGrid week={data.week} />
                  </Box>
                </Box>
              ) : null}
            </>
          );
        }}
      </QueryView>
    </CrmPage>
  );
};

export default WhereaboutsPage;
