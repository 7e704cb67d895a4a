/** What the inbox routes answer (src/plugins/crm/server/routes/inbox*.ts), as the page reads it. */

export const REQUEST_UID = 'api::inbound-request.inbound-request';
export const COUNTERPARTY_UID = 'api::counterparty.counterparty';

export interface InboxCounts {
  unreadRequests: number;
  openRequests: number;
  overdueRequests: number;
  unreadNotifications: number;
  unread: number;
}

export interface RequestListItem {
  documentId: string;
  receivedAt: string;
  channel: string | null;
  callerName: string | null;
  organizationName: string | null;
  subject: string | null;
  urgency: string | null;
  state: string;
  unread: boolean;
  dueAt: string | null;
  overdue: boolean;
  flagged: boolean;
  routingReason: string | null;
  /** without a name when the caller may not read the counterparty */
  counterparty: { documentId: string; name?: string } | null;
}

export interface NotificationItem {
  documentId: string;
  kind: string;
  title: string | null;
  body: string | null;
  link: string | null;
  readAt: string | null;
  createdAt: string;
  unread: boolean;
}

export interface Inbox {
  me: { documentId: string; fullName: string } | null;
  timeZone: string;
  requests: RequestListItem[] | null;
  notifications: NotificationItem[] | null;
  counts: InboxCounts;
}

export interface ForwardRecordView {
  from: string | null;
  to: string;
  reason: string;
  at: string;
  by: string | null;
  fromName: string | null;
  toName: string | null;
  byName: string | null;
}

export interface RequestDetails {
  documentId: string;
  receivedAt: string;
  channel: string | null;
  callerName: string | null;
  callerPhone: string | null;
  callerEmail: string | null;
  organizationName: string | null;
  taxpayerCode: string | null;
  subject: string | null;
  message: string | null;
  urgency: string | null;
  state: string;
  readAt: string | null;
  doneAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  flagged: boolean;
  routingReason: string | null;
  result: string | null;
  assignee: { documentId: string; fullName: string | null } | null;
  targetDepartment: { documentId: string; name: string | null } | null;
  registeredBy: { documentId: string; fullName: string | null } | null;
  counterparty: { documentId: string } | null;
  contactPerson: { documentId: string } | null;
  interaction: { documentId: string } | null;
  forwardHistory: ForwardRecordView[];
}

export interface RequestAbilities {
  take: boolean;
  done: boolean;
  forward: boolean;
  prospect: boolean;
}

export interface ForwardTargets {
  employees: Array<{ documentId: string; fullName: string; department: { documentId: string; name: string } | null }>;
  departments: Array<{ documentId: string; name: string }>;
}

export const cmRecordLink = (uid: string, documentId: string) => `/content-manager/collection-types/${uid}/${documentId}`;

/** The request a notification is about, when its link opens one (the inbox opens it in place). */
export function requestOfLink(link: string | null): string | null {
  const match = link ? /api::inbound-request\.inbound-request\/([A-Za-z0-9]+)/.exec(link) : null;
  return match ? match[1] : null;
}

/** A link the panel's router can follow: the server writes them with the /admin prefix. */
export const panelPath = (link: string) => link.replace(/^\/admin(?=\/)/, '');

/** The server's refusal in words: "Результат: обов’язкове поле" for a 400 naming a field, else its message. */
export function errorText(error: unknown): string | null {
  const body = (error as { response?: { data?: { error?: { message?: string; details?: { errors?: Array<{ message?: string }> } } } } })?.response?.data?.error;
  if (!body) return null;
  const fields = body.details?.errors?.map((e) => e.message).filter(Boolean) ?? [];
  return fields.length > 0 ? fields.join('; ') : body.message ?? null;
}
