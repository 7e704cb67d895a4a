import { PinMap } from '@strapi/icons';
import type { CrmPageDefinition } from '../../kit/pages';
import { whereaboutsMessages } from './messages';

/** "Де співробітники": for whoever may read the work schedule (the route narrows it to whose). */
export const whereaboutsPage: CrmPageDefinition = {
  to: 'vitrylo/whereabouts',
  icon: PinMap,
  labelId: 'vitrylo.whereabouts.menu',
  permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::schedule-entry.schedule-entry' } as any],
  Component: () => import('./WhereaboutsPage'),
  messages: whereaboutsMessages,
  // among the daily lists, before "Графік роботи" (src/admin/navigation/daily-links.ts)
  position: 0.155,
};
