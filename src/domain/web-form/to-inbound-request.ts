import type { WebFormSubmission } from './validate';

/** The inbound-request record a web form submission becomes; nothing else is ever written. */
export interface WebInboundRequestData {
  channel: 'web';
  state: 'new';
  receivedAt: string;
  consent: true;
  callerName?: string;
  callerPhone?: string;
  callerEmail?: string;
  organizationName?: string;
  subject?: string;
  message?: string;
  /** documentId of the lead source, when the form named a known one. */
  leadSource?: string;
}

export function toInboundRequest(submission: WebFormSubmission, receivedAt: Date, leadSourceId?: string | null): WebInboundRequestData {
  const data: WebInboundRequestData = { channel: 'web', state: 'new', receivedAt: receivedAt.toISOString(), consent: true };
  const copy: Array<[keyof WebFormSubmission, keyof WebInboundRequestData]> = [
    ['name', 'callerName'],
    ['phone', 'callerPhone'],
    ['email', 'callerEmail'],
    ['organisation', 'organizationName'],
    ['subject', 'subject'],
    ['message', 'message'],
  ];
  for (const [from, to] of copy) if (submission[from] !== undefined) (data as any)[to] = submission[from];
  if (leadSourceId) data.leadSource = leadSourceId;
  return data;
}
