import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box } from '@strapi/design-system';
import { recordLink } from '../../../domain/workspace/list-query';
import { enumCaption } from '../../../type-meta/labels';
import { FigureData, FigureRow, FigureTile } from '../kit/Figure';
import { Item, ItemList } from '../kit/ItemList';
import { WidgetNote, WidgetQuery } from '../kit/WidgetQuery';

const UID = 'api::interaction.interaction';

interface ContactItem {
  documentId: string;
  due: 'overdue' | 'today' | 'later';
  when: string;
  kind: string | null;
  subject: string | null;
  counterparty: string | null;
}

interface MyContacts {
  me: { fullName: string } | null;
  today: FigureData & { items: ContactItem[] };
  overdue: FigureData & { items: ContactItem[] };
}

const asItem = (contact: ContactItem): Item => ({
  key: contact.documentId,
  to: recordLink(UID, contact.documentId),
  lead: contact.when,
  text: contact.counterparty ?? contact.subject ?? (contact.kind ? enumCaption(UID, 'kind', contact.kind) : '—'),
  detail: contact.counterparty ? contact.subject : null,
  aside: contact.kind ? enumCaption(UID, 'kind', contact.kind) : null,
  tone: contact.due === 'overdue' ? 'danger' : 'neutral',
});

/** Today's planned contacts and the overdue ones: the overdue first, they are the most urgent. */
const MyContactsWidget = () => {
  const { formatMessage } = useIntl();
  return (
    <WidgetQuery<MyContacts> path="/crm/home/my-contacts">
      {({ today, overdue }) =>
        today.count === 0 && overdue.count === 0 ? (
          <WidgetNote>{formatMessage({ id: 'vitrylo.home.myContacts.empty' })}</WidgetNote>
        ) : (
          <Box>
            <FigureRow>
              <FigureTile figure={today} labelId="vitrylo.home.myContacts.today" />
              <FigureTile figure={overdue} labelId="vitrylo.home.myContacts.overdue" tone="danger" />
            </FigureRow>
            <ItemList items={[...overdue.items, ...today.items].map(asItem)} />
          </Box>
        )
      }
    </WidgetQuery>
  );
};

export default MyContactsWidget;
