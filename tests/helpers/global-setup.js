/** Compiles the TypeScript app once per Jest run; every suite then boots from dist/. */
const path = require('path');

module.exports = async () => {
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: path.resolve(__dirname, '../..'), ignoreDiagnostics: false });
};
