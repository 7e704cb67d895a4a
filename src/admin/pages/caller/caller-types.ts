/** What GET /crm/caller answers (src/plugins/crm/server/routes/caller.ts); a field the asker may not read is absent. */
export interface Whereabouts {
  label: string;
  atWork: boolean;
  kind: string | null;
}

export interface CallerCardData {
  counterparty: { documentId: string; name?: string; kind?: string; edrpou?: string | null; rnokpp?: string | null; phone?: string | null; email?: string | null } | null;
  contactPerson: { documentId: string; fullName?: string; position?: string | null; phone?: string | null; email?: string | null } | null;
  manager: { documentId: string; fullName?: string; phone?: string | null; department?: string | null; whereabouts: Whereabouts | null } | null;
  /** null: the asker may not see the chronicle */
  lastContacts: Array<{ documentId: string; occurredAt?: string; kind?: string; direction?: string; subject?: string | null; employee?: string | null }> | null;
  /** null: the asker may not see requests */
  openRequests: Array<{ documentId: string; receivedAt?: string; subject?: string | null; state?: string; assignee?: string | null; overdue?: boolean }> | null;
}

export interface CallerAnswer {
  query: { phone: string | null; email: string | null; taxpayerCode: string | null };
  cards: CallerCardData[];
  canRegister: boolean;
  timeZone: string;
}

/** What the quick form starts with: from the search box, or from a card. */
export interface RequestDraft {
  callerPhone?: string;
  callerEmail?: string;
  organizationName?: string;
  callerName?: string;
  counterparty?: { documentId: string; name: string };
  contactPerson?: { documentId: string };
}

export interface FormOptions {
  leadSources: Array<{ documentId: string; name: string }> | null;
  urgencies: string[];
  defaultUrgency: string;
  channels: string[];
  defaultChannel: string;
}

export interface RoutedRequest {
  documentId: string;
  visible: boolean;
  state?: string;
  dueAt?: string | null;
  routingReason?: string | null;
  flagged?: boolean;
  assignee?: { documentId: string; fullName: string } | null;
  targetDepartment?: { documentId: string; name: string } | null;
  counterparty?: { documentId: string; name: string } | null;
}

export const COUNTERPARTY = 'api::counterparty.counterparty';
export const INTERACTION = 'api::interaction.interaction';
export const INBOUND_REQUEST = 'api::inbound-request.inbound-request';
export const CONTACT_PERSON = 'api::contact-person.contact-person';

/** '16.01.2026, 11:00' in the business zone (the server says which). */
export const formatWhen = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('uk-UA', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** '+380669794883' → '+380 66 979 48 83', as people read a number; anything else as stored. */
export const formatPhone = (phone: string | null | undefined) => {
  const ua = /^\+380(\d{2})(\d{3})(\d{2})(\d{2})$/.exec(phone ?? '');
  return ua ? `+380 ${ua[1]} ${ua[2]} ${ua[3]} ${ua[4]}` : phone ?? null;
};
