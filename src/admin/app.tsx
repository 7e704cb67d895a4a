import { registerAuditPanel } from './components/AuditHistoryPanel';

export default {
  config: { locales: ['uk', 'ru'] },
  bootstrap(app: any) {
    registerAuditPanel(app);
  },
};
