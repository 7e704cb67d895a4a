/** Compiles the TypeScript app once per Jest run and makes the template database every suite copies. */
const path = require('path');
const { prepareTemplate } = require('./template-database');

module.exports = async () => {
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: path.resolve(__dirname, '../..'), ignoreDiagnostics: false });
  await prepareTemplate();
};
