#!/usr/bin/env node
/**
 * npm run demo [-- --no-build] [-- --no-history]: builds the admin panel (or only the server code), seeds the demo
 * data and starts Vitrylo on http://127.0.0.1:1337. --no-history: the demo company, its people, logins and
 * reference lists without its generated year of history (for rows of your own, such as npm run seed:scale's).
 */
const { prepareEnvironment, compile, loadApp, buildPanel, distDir } = require('./lib/app');
const { demoOptions } = require('./seed');

const DEMO_COMPANY = {
  VITRYLO_COMPANY_NAME: 'ТОВ «Вітрило Трейд»',
  VITRYLO_COMPANY_CODE: '44612739',
  VITRYLO_COMPANY_IBAN: 'UA233052990000026007300214455',
  VITRYLO_COMPANY_BANK: 'АТ КБ «ПриватБанк»',
  VITRYLO_COMPANY_ADDRESS: '03113, м. Київ, вул. Дегтярівська, 25, оф. 412',
  VITRYLO_COMPANY_PHONE: '+380 44 210 45 00',
};

async function main() {
  prepareEnvironment();
  process.env.HOST = process.env.HOST || '127.0.0.1';
  process.env.PORT = process.env.PORT || '1337';
  // the demo company's requisites (src/seed/demo-company.ts) on its reports and printed invoices
  for (const [name, value] of Object.entries(DEMO_COMPANY)) process.env[name] = process.env[name] || value;
  if (!process.argv.includes('--no-build')) {
    const status = buildPanel();
    if (status !== 0) process.exit(status);
  } else if (process.env.VITRYLO_TEST_COMPILED !== 'true') {
    // Without the panel's build the server code must still be compiled, or a fresh clone has nothing to load
    // (CI has just built it, and its test runs read dist/ meanwhile: VITRYLO_TEST_COMPILED=true).
    await compile();
  }
  const strapi = await loadApp();
  const { setupDemo } = require(`${distDir}/src/seed`);
  const summary = await setupDemo(strapi, demoOptions(process.argv.includes('--no-history') ? 0 : 1));
  await strapi.start();
  printWelcome(summary.logins);
}

function printWelcome(logins) {
  const url = `http://${process.env.HOST}:${process.env.PORT}/admin`;
  console.log(`\nVitrylo is running: ${url}`);
  console.log('Logins (email / password):');
  for (const login of logins) console.log(`  ${login.role.padEnd(16)} ${login.email.padEnd(28)} ${login.password}`);
  console.log('');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
