export { originOf, parseOriginList } from './origins';
export { createCorsPolicy, corsAnswer, normalizePath } from './allowed-origin';
export type { CorsPolicy, CorsSettings, CorsRequest, CorsAnswer } from './allowed-origin';
