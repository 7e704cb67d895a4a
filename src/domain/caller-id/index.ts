export { readPhoneQuery } from './phone-query';
export type { PhoneQuery } from './phone-query';
export { toCallerCard } from './caller-card';
export type { CallerCard, CallerRows } from './caller-card';
export { pickContact } from './pick-contact';
export type { ContactCandidate } from './pick-contact';
