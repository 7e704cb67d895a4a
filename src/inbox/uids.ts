/** The content types the inbox glue reads and writes. */
export const INBOUND_REQUEST = 'api::inbound-request.inbound-request';
export const INTERACTION = 'api::interaction.interaction';
export const NOTIFICATION = 'api::notification.notification';
export const EMPLOYEE = 'api::employee.employee';
export const DEPARTMENT = 'api::department.department';
export const COUNTERPARTY = 'api::counterparty.counterparty';
export const CONTACT_PERSON = 'api::contact-person.contact-person';
export const ROUTING_RULE = 'api::routing-rule.routing-rule';
export const SCHEDULE_ENTRY = 'api::schedule-entry.schedule-entry';

/** The content manager's edit page of a record: where a notification leads until the inbox page exists. */
export const editLink = (uid: string, documentId: string) => `/admin/content-manager/collection-types/${uid}/${documentId}`;
