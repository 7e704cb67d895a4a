import admin from './strapi/admin.json';
import contentManager from './strapi/content-manager.json';
import upload from './strapi/upload.json';
import i18n from './strapi/i18n.json';
import usersPermissions from './strapi/users-permissions.json';
import email from './strapi/email.json';
import documentation from './strapi/documentation.json';
import serverErrors from './strapi/server-errors.json';

/**
 * Strapi's own strings in Ukrainian where Strapi's Ukrainian is missing or wrong (plural forms, English
 * words, "Strapi" where Vitrylo is meant). Merged over Strapi's translations, so only these ids change.
 * The files are data: `npm run translations:check` lists what is still missing after a Strapi upgrade.
 */
export const strapiUkrainian: Readonly<Record<string, string>> = {
  ...admin,
  ...contentManager,
  ...upload,
  ...i18n,
  ...usersPermissions,
  ...email,
  ...documentation,
  ...serverErrors,
};
