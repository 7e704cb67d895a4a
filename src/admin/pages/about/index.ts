import { Information } from '@strapi/icons';
import { crmPermission, CrmPageDefinition } from '../../kit/pages';
import { aboutMessages } from './messages';

/** "Про систему": versions and the database of this server, for whoever holds CRM → System. */
export const aboutPage: CrmPageDefinition = {
  to: 'vitrylo/about',
  icon: Information,
  labelId: 'vitrylo.about.menu',
  permissions: crmPermission('system.read'),
  Component: () => import('./AboutPage'),
  messages: aboutMessages,
};
