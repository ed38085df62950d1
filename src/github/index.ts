/** GitHub: dispatch payloads, the GitHub port and its Octokit adapter, review pull requests, failure issues. */
export { describeCommits, maxFilesPerCommit } from './commit-details.js';
export { type ConnectRequest, type DispatchDeps, type DispatchOptions, runDispatch } from './dispatch.js';
export {
  type ChangedFile,
  type CommitDetail,
  type DispatchReport,
  failedReport,
  type IssueReport,
  type TraceStep,
} from './dispatch-report.js';
export {
  checkClientPayloadLimits,
  connectPayloadSchema,
  type DispatchRequest,
  deletePayloadSchema,
  dispatchEventTypes,
  dispatchLimits,
  type GitHubEvent,
  parseGitHubEvent,
  type SyncTarget,
  webhookPayloadSchema,
  workflowInputsSchema,
} from './event-payloads.js';
export { defaultFailureThreshold, failureLabel, failureMarker, reconcileFailureIssue } from './failure-issues.js';
export type { GitHub, Issue, PullRequest } from './github-port.js';
export { type GitHubSettings, type Repository, readGitHubSettings, repositoryLinks } from './github-settings.js';
export { code, escapeHtml, formatBytes, redactSecrets } from './markdown.js';
export { createOctokitGitHub, type OctokitGitHubOptions } from './octokit-github.js';
export {
  collectInstallDetails,
  type InstallDetails,
  openOrUpdateReview,
  refuseWhileUnderReview,
  renderReviewBody,
  renderTrace,
  reviewBranch,
  reviewBranchPrefix,
  reviewMarker,
  reviewTitle,
} from './pull-request-review.js';
export {
  agentReport,
  connectUnderReview,
  type InstallSync,
  type ReviewConnectDeps,
  type ReviewedConnect,
  type ReviewedOutcome,
} from './review-connect.js';
export {
  defaultActionRef,
  renderWorkflows,
  validateActionRef,
  type WorkflowFile,
  type WorkflowsResult,
  writeWorkflows,
} from './workflows.js';
