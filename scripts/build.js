#!/usr/bin/env node
/** npm run build [-- strapi build options]: the admin panel, built for production (scripts/lib/app.js). */
const { buildPanel } = require('./lib/app');

process.exit(buildPanel(process.argv.slice(2)));
