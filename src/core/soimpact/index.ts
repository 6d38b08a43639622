/** SoImpact: the impact plan, progress maths and measurement import/export. */
export * from './plan.js';
export * from './progress.js';
export * from './measurements.js';
export * from './csv.js';
