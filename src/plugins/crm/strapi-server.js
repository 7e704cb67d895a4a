'use strict';

/**
 * Strapi 5.54 loads a local plugin's server entry as `<resolve>/strapi-server.js` from the app folder and
 * never transpiles TypeScript (see @strapi/core loaders/plugins). The real entry is strapi-server.ts next
 * to this file, compiled with the rest of the app into the dist folder; this file hands Strapi that
 * compiled module. Edit strapi-server.ts, not this file.
 */
const path = require('path');

module.exports = require(path.join(strapi.dirs.dist.src, 'plugins', 'crm', 'strapi-server.js'));
