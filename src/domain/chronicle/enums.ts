/** The interaction's enumerations, as its schema (a unit test keeps them in step). */
export const INTERACTION_KINDS = ['call-in', 'call-out', 'meeting', 'visit', 'email', 'letter', 'messenger', 'other'] as const;
export const INTERACTION_STATES = ['planned', 'done', 'cancelled'] as const;
export const INTERACTION_DIRECTIONS = ['inbound', 'outbound'] as const;

export type InteractionKind = (typeof INTERACTION_KINDS)[number];
export type InteractionState = (typeof INTERACTION_STATES)[number];
