/** The Action side: job summary and secret masking through `@actions/core`. */
export { renderJobSummary, type SummaryLinks, writeJobSummary } from './job-summary.js';
export { maskSecrets, secretValues } from './mask-secrets.js';
