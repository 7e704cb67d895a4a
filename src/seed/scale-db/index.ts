export { runScaleSeed, SCALE_MARKER_KEY } from './run';
export type { ScaleSeedOptions, ScaleSeedResult } from './run';
