/**
 * A second Vitrylo process for tests of work shared by several instances: a child Node process booting the
 * compiled app (dist/) on the database the parent test uses, then running what the parent asks over IPC.
 *   parent: const child = fork(__filename, [], { env }); child.send({ run: 'reminders', now })
 *   parent: child.send({ create: uid, data, count }) — that many documents created at once, e.g. numbered ones
 *   parent: child.send({ update: uid, documentId, data }) — one document changed through the Document Service
 *   child:  answers { ready: true } once booted, { done: <result> } or { error } after each run.
 * Only the compiled app is used, so both processes run the same code; cron stays off in both.
 */
const path = require('path');

const appDir = path.resolve(__dirname, '../..');

async function main() {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const cron = require(path.join(appDir, 'dist/src/cron'));
  process.on('message', async (message) => {
    try {
      if (message.stop) {
        await strapi.destroy();
        process.exit(0);
      }
      if (message.update) {
        const updated = await strapi.documents(message.update).update({ documentId: message.documentId, data: message.data });
        process.send({ done: updated.documentId });
        return;
      }
      if (message.create) {
        const made = await Promise.all(Array.from({ length: message.count }, () => strapi.documents(message.create).create({ data: message.data })));
        process.send({ done: made.map((document) => document.number ?? document.documentId) });
        return;
      }
      const task = { reminders: cron.nextContactReminders, escalation: cron.escalateOverdueRequests }[message.run];
      const now = new Date(message.now);
      // `direct` runs the body without the kit's lock, as two processes past it would
      if (message.direct) {
        const counts = { created: {}, updated: {}, deleted: {} };
        await task.run(strapi, { now, counts });
        process.send({ done: counts });
      } else {
        process.send({ done: await cron.runCronTask(strapi, task, { now }) });
      }
    } catch (error) {
      process.send({ error: String((error && error.stack) || error) });
    }
  });
  process.send({ ready: true });
}

main().catch((error) => {
  process.send?.({ error: String((error && error.stack) || error) });
  process.exit(1);
});
