/** The pure core: schemas, scoring and import/export, with no DOM. */
export * from './problems.js';
export * from './locate.js';
export * from './samson/instrument.js';
export * from './samson/response.js';
export * from './samson/scoring.js';
export * from './samson/profile.js';
export * from './samson/weighting.js';
export * from './samson/placement.js';
export * from './samson/migration.js';
export * from './samson/history.js';
export * from './samson/compare.js';
export * from './samson/merge.js';
export * from './samson/share-link.js';
export * from './soimpact/index.js';
export * from './soimpact/steps.js';
export { publishedSchemas } from './schemas.js';
