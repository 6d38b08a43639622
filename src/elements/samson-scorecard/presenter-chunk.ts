/**
 * The presenter and single-page layouts, loaded when a field step is first shown in one of
 * them (layout-step.ts): their templates and the presenter's controller (keys 1–5 and 0, the
 * statement on screen).
 */
export * from './presenter-templates.js';
export { PresenterController } from './presenter-controller.js';
