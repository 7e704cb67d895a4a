import path from 'path';

/**
 * One compiled module of a Strapi package (`dist/…`), for the few places Vitrylo wraps a function Strapi
 * offers no setting for; null when the module has moved (a Strapi upgrade), so the caller can say so and
 * carry on without it.
 */
export function strapiInternalModule<Module>(packageName: '@strapi/core' | '@strapi/admin' | '@strapi/content-manager' | '@strapi/database' | '@strapi/plugin-documentation', ...segments: string[]): Module | null {
  try {
    const root = path.dirname(require.resolve(`${packageName}/package.json`));
    return require(path.join(root, 'dist', ...segments));
  } catch {
    return null;
  }
}

/** A package as Strapi's core loaded it (koa-body, koa-helmet): the same module and version, not one of Vitrylo's own. */
export function strapiDependency<Module>(name: string): Module | null {
  try {
    return require(require.resolve(name, { paths: [path.dirname(require.resolve('@strapi/core/package.json'))] }));
  } catch {
    return null;
  }
}
