/**
 * Records that name a counterparty and one of its contact persons: an interaction, an inbound request, a
 * complaint. The server refuses a contact of another counterparty on them (contactOfCounterpartyIssue), so
 * their contact-person picker offers only the contacts of the counterparty chosen in the form: the panel
 * sends that counterparty's documentId as the picker's query parameter `counterparty`.
 */
export const TYPES_WITH_CONTACT_OF_COUNTERPARTY: readonly string[] = [
  'api::interaction.interaction',
  'api::inbound-request.inbound-request',
  'api::complaint.complaint',
];

/** The picker's query parameter that names the counterparty chosen in the form. */
export const CONTACT_PICKER_PARAMETER = 'counterparty';

/** Whether the picker of `field` on type `uid` offers the contacts of one counterparty when asked to. */
export function isContactPickerOfCounterparty(uid: string, field: string): boolean {
  return field === 'contactPerson' && TYPES_WITH_CONTACT_OF_COUNTERPARTY.includes(uid);
}

/**
 * The parameter's value as a documentId, or null when it is not one (a list, an object, an empty or
 * overlong string, or characters no documentId has): such a request is refused, not guessed at.
 */
export function counterpartyParameter(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}

/**
 * The counterparty a form has chosen, from the form's relation value (the content manager holds a picked
 * record in `connect`, a removed one in `disconnect`) and the one stored with the record (null for a new
 * record or none): a pick in the form wins, a removal leaves none, otherwise the stored one stands.
 */
export function chosenCounterparty(formValue: unknown, stored: string | null): string | null {
  const value = formValue && typeof formValue === 'object' ? (formValue as { connect?: unknown; disconnect?: unknown }) : {};
  const connect = Array.isArray(value.connect) ? value.connect : [];
  const picked = connect[connect.length - 1] as { documentId?: unknown; apiData?: { documentId?: unknown } } | undefined;
  const documentId = picked?.apiData?.documentId ?? picked?.documentId;
  if (typeof documentId === 'string' && documentId !== '') return documentId;
  if (Array.isArray(value.disconnect) && value.disconnect.length > 0) return null;
  return stored;
}
