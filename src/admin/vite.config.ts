import { memoizedYupSchemas } from './build-plugins/memoized-yup-schemas';
import { promptSidePanels } from './build-plugins/prompt-side-panels';

/** Strapi merges this into its Vite configuration of the admin panel's build (and of `strapi develop`). */
export default (config: { plugins?: unknown[] }) => ({ ...config, plugins: [...(config.plugins ?? []), memoizedYupSchemas(), promptSidePanels()] });
