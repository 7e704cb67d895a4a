/** The demo company every browser test starts from: seeded once per run into the template database. */
module.exports = {
  E2E_DEMO_OPTIONS: { scale: 1, adminEmail: 'boss@vitrylo.test', adminPassword: 'Boss-Passw0rd', demoPassword: 'Demo-Passw0rd' },
};
