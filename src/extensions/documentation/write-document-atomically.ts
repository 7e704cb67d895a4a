import fs from 'fs/promises';
import path from 'path';

/**
 * The plugin writes full_documentation.json in place (truncate, then write) at every boot, and every Strapi
 * process of one checkout writes the same file: a second process booting while the first serves the Swagger
 * UI or the OpenAPI JSON let the first read half a file (a 404 from the plugin, a 500 from us). Here the plugin
 * writes into a scratch directory of this process's own and the finished file is renamed into place, which readers
 * see whole or not at all.
 */
export function writeDocumentAtomically(makeService: (deps: any) => any) {
  return (deps: any) => {
    const service = makeService(deps);
    const generateFullDoc = service.generateFullDoc;
    return {
      ...service,
      async generateFullDoc(this: any, versionOpt?: string) {
        const self = this ?? service;
        const version = versionOpt ?? self.getDocumentationVersion();
        const finalDirectory = self.getFullDocumentationPath();
        // beside the versions' directory, not in it: the plugin lists every entry there as a version
        const scratchDirectory = `${finalDirectory}.writing-${process.pid}-${Date.now()}`;
        const writer = Object.create(self, { getFullDocumentationPath: { value: () => scratchDirectory } });
        try {
          await generateFullDoc.call(writer, version);
          const target = path.join(finalDirectory, version, 'full_documentation.json');
          await fs.mkdir(path.dirname(target), { recursive: true });
          await fs.rename(path.join(scratchDirectory, version, 'full_documentation.json'), target);
        } finally {
          await fs.rm(scratchDirectory, { recursive: true, force: true });
        }
      },
    };
  };
}
