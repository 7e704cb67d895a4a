import type { Messages } from '../../kit/pages';

export const aboutMessages: Messages = {
  uk: {
    'vitrylo.about.menu': 'Про систему',
    'vitrylo.about.title': 'Про систему',
    'vitrylo.about.subtitle': 'Версії, база даних і регламентні завдання цього сервера Vitrylo',
    'vitrylo.about.what': 'Складова',
    'vitrylo.about.value': 'Значення',
    'vitrylo.about.vitrylo': 'Vitrylo',
    'vitrylo.about.strapi': 'Strapi',
    'vitrylo.about.node': 'Node.js',
    'vitrylo.about.database': 'База даних',
    'vitrylo.about.cron': 'Регламентні завдання',
    'vitrylo.about.cron.on': 'увімкнено',
    'vitrylo.about.cron.off': 'вимкнено (CRON_ENABLED=false)',
  },
  en: {
    'vitrylo.about.menu': 'About',
    'vitrylo.about.title': 'About the system',
    'vitrylo.about.subtitle': 'Versions, database and scheduled jobs of this Vitrylo server',
    'vitrylo.about.what': 'Part',
    'vitrylo.about.value': 'Value',
    'vitrylo.about.vitrylo': 'Vitrylo',
    'vitrylo.about.strapi': 'Strapi',
    'vitrylo.about.node': 'Node.js',
    'vitrylo.about.database': 'Database',
    'vitrylo.about.cron': 'Scheduled jobs',
    'vitrylo.about.cron.on': 'on',
    'vitrylo.about.cron.off': 'off (CRON_ENABLED=false)',
  },
};
