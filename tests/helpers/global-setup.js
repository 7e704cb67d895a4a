/**
 * Compiles the TypeScript app once per Jest run and makes the template database every suite copies.
 * VITRYLO_TEST_COMPILED=true: the caller has just compiled it and another run may be reading dist/ (CI runs
 * the PostgreSQL suite beside the browser tests), so it is not written again under that run.
 */
const path = require('path');
const { prepareTemplate } = require('./template-database');

module.exports = async () => {
  if (process.env.VITRYLO_TEST_COMPILED !== 'true') {
    const { compileStrapi } = require('@strapi/strapi');
    await compileStrapi({ appDir: path.resolve(__dirname, '../..'), ignoreDiagnostics: false });
  }
  await prepareTemplate();
};
