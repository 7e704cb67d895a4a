import type { MessageCode, MessageParams } from '../messages/catalog';
import { messageText } from '../messages/render';
import { StatementRefusal } from './statement';

export type StatementRefusalCode = Extract<MessageCode, `statement.${string}`>;

/** Values quoted back in a message are cut: a garbled file must not make a garbled, endless message. */
const QUOTED_VALUE_LIMIT = 40;

export function quotedValue(value: string): string {
  return value.length > QUOTED_VALUE_LIMIT ? `${value.slice(0, QUOTED_VALUE_LIMIT)}…` : value;
}

/** A refusal whose English reason is the catalog's text of the code, so the two never drift apart. */
export function refusal(line: number, code: StatementRefusalCode, params: MessageParams = {}): StatementRefusal {
  return new StatementRefusal(line, code, messageText(code, params, 'en'), params);
}
