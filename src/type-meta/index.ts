export * from './define';
export { TYPE_METAS, COMPONENT_METAS } from './registry';
export { metaByUid, typeMeta, typesInGroup } from './lookup';
export * from './labels';
export * from './views';
export * from './ownership';
export * from './money';
export * from './navigation';
