/**
 * A Vite build plugin that rewrites one module of Strapi's admin panel, and fails the build when that module
 * never passed through it (a Strapi upgrade moved it): the panel is then not silently built without the change.
 */
export function moduleTransformPlugin(name: string, module: RegExp, rewrite: (code: string) => string) {
  let seen = false;
  return {
    name,
    // `strapi develop` serves the content manager pre-bundled, out of a plugin's reach: the built panel only
    apply: 'build' as const,
    transform(code: string, id: string) {
      if (!module.test(id.split('?')[0])) return null;
      seen = true;
      return { code: rewrite(code), map: null };
    },
    buildEnd(error?: Error) {
      if (!error && !seen) throw new Error(`${name}: the module ${module} was not part of the build; update src/admin/build-plugins`);
    },
  };
}
