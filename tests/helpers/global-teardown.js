/** Removes the run's template database (see template-database.js). */
const { dropTemplate } = require('./template-database');

module.exports = async () => {
  await dropTemplate();
};
