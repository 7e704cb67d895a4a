import { recordLink } from '../../../domain/workspace/list-query';
import { enumCaption } from '../../../type-meta/labels';
import type { Item } from '../kit/ItemList';

const UID = 'api::inbound-request.inbound-request';

export interface RequestItem {
  documentId: string;
  when: string;
  from: string | null;
  subject: string | null;
  state: string | null;
  channel: string | null;
  urgency: string | null;
  assignee: string | null;
}

/** A request as a line: when, from whom, about what, and `aside` (its state, or whom it went to). */
export function requestLine(request: RequestItem, aside: string | null): Item {
  return {
    key: request.documentId,
    to: recordLink(UID, request.documentId),
    lead: request.when,
    text: request.from ?? (request.channel ? enumCaption(UID, 'channel', request.channel) : '—'),
    detail: request.subject,
    aside,
    tone: request.urgency === 'high' || request.urgency === 'critical' ? 'danger' : 'neutral',
  };
}

export const stateCaption = (request: RequestItem) => (request.state ? enumCaption(UID, 'state', request.state) : null);
