import type { Core } from '@strapi/strapi';
import { applyViewPreset, RelationTargets } from './apply-view-preset';

const PRESET_STORE = { type: 'plugin' as const, name: 'vitrylo', key: 'admin-view-presets' };

function relationTargets(schema: { attributes: Record<string, any> }): RelationTargets {
  const targets: RelationTargets = {};
  for (const [field, attribute] of Object.entries(schema.attributes)) {
    if (attribute.type === 'relation' && attribute.target) targets[field] = attribute.target;
  }
  return targets;
}

/** Ukrainian labels and Vitrylo's view presets for the content manager; idempotent (see applyViewPreset). */
export async function syncContentManagerViews(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store(PRESET_STORE);
  const applied: Record<string, boolean> = ((await store.get({})) as Record<string, boolean>) ?? {};
  const contentManager = strapi.plugin('content-manager');
  const targets = [
    ...Object.values(strapi.contentTypes).filter((ct: any) => ct.uid.startsWith('api::')).map((ct: any) => ({ schema: ct, service: contentManager.service('content-types') })),
    ...Object.values(strapi.components).filter((c: any) => c.uid.startsWith('crm.')).map((c: any) => ({ schema: c, service: contentManager.service('components') })),
  ];
  for (const { schema, service } of targets) {
    const uid = schema.uid as string;
    const current = await service.findConfiguration(schema);
    const next = applyViewPreset(uid, current, relationTargets(schema), !applied[uid]);
    if (JSON.stringify(next) !== JSON.stringify(current)) {
      const { settings, metadatas, layouts } = next;
      await service.updateConfiguration(schema, { settings, metadatas, layouts });
    }
    applied[uid] = true;
  }
  await store.set({ value: applied });
}
