export { URGENCIES, DEFAULT_URGENCY, readUrgency, CLOSED_REQUEST_STATES, isClosedRequest } from './urgency';
export type { Urgency } from './urgency';
export { addWorkingTime } from './working-time';
export { DEFAULT_SLA_TEXT, DEFAULT_SLA, parseSla, dueAtFor } from './sla';
export type { SlaClock, SlaTarget, SlaSettings } from './sla';
export { isRequestOverdue, escalationKey, decideEscalation, escalationNotification } from './escalation';
export type { EscalationRequest, EscalationDecision } from './escalation';
