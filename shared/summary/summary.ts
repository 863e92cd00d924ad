/** The job summary and annotation helpers: one import for the framework and the actions. */
export {
  type AnnotationCounts,
  type AnnotationLevel,
  type AnnotationLimits,
  Annotations,
  GITHUB_ANNOTATION_LIMITS,
} from './annotations.js';
export { type Align, type Cell, JobSummary, SUMMARY_MAX_BYTES } from './job-summary.js';
export { escapeCell, mermaidBar, mermaidPie } from './markdown.js';
export { renderSummaryText } from './render-text.js';
