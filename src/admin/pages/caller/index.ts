import { Headphones } from '@strapi/icons';
import { CrmPageDefinition } from '../../kit/pages';
import { callerMessages } from './messages';

/** "Хто дзвонить?": a phone, e-mail or ЄДРПОУ in, the caller's card out, and the quick form "Нове звернення". For whoever reads counterparties. */
export const callerPage: CrmPageDefinition = {
  to: 'vitrylo/caller',
  icon: Headphones,
  labelId: 'vitrylo.caller.menu',
  permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::counterparty.counterparty' }],
  Component: () => import('./CallerPage'),
  messages: callerMessages,
};
