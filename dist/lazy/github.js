import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  describeCommits,
  failedReport,
  maxFilesPerCommit
} from "../chunks/chunk-B665ZNWG.js";
import {
  checkClientPayloadLimits,
  connectPayloadSchema,
  createOctokitGitHub,
  deletePayloadSchema,
  dispatchEventTypes,
  dispatchLimits,
  parseGitHubEvent,
  readGitHubSettings,
  repositoryLinks,
  webhookPayloadSchema,
  workflowInputsSchema
} from "../chunks/chunk-H3RBZL43.js";
import {
  defaultFailureThreshold,
  failureLabel,
  failureMarker,
  reconcileFailureIssue,
  runDispatch
} from "../chunks/chunk-4QLGZQKG.js";
import {
  agentReport,
  code,
  collectInstallDetails,
  connectUnderReview,
  escapeHtml,
  formatBytes,
  openOrUpdateReview,
  redactSecrets,
  refuseWhileUnderReview,
  renderReviewBody,
  renderTrace,
  reviewBranch,
  reviewBranchPrefix,
  reviewMarker,
  reviewTitle
} from "../chunks/chunk-55REYIYV.js";
import {
  defaultActionRef,
  renderWorkflows,
  validateActionRef,
  writeWorkflows
} from "../chunks/chunk-RSRQKNI7.js";
import "../chunks/chunk-ZB2H5GVB.js";
import "../chunks/chunk-YXF6CNDQ.js";
import "../chunks/chunk-LKFTHDQR.js";
import "../chunks/chunk-IRASGJ2Y.js";
import "../chunks/chunk-EEJ2RHAQ.js";
import "../chunks/chunk-STW7HOZ4.js";
import "../chunks/chunk-3AWOR4T2.js";
import "../chunks/chunk-UVWUOZ5C.js";
import "../chunks/chunk-P5EA5Q7C.js";
import "../chunks/chunk-L2M3EPJ6.js";
import "../chunks/chunk-NSBACWOB.js";
import "../chunks/chunk-2FJUDYZR.js";
import "../chunks/chunk-62ZTRIEV.js";
import "../chunks/chunk-TTA2RZG3.js";
import "../chunks/chunk-UAPUYYY3.js";
import "../chunks/chunk-SSEUZXBO.js";
import "../chunks/chunk-RR662ASG.js";
import "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-OLBI5X7L.js";
import "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";
export {
  agentReport,
  checkClientPayloadLimits,
  code,
  collectInstallDetails,
  connectPayloadSchema,
  connectUnderReview,
  createOctokitGitHub,
  defaultActionRef,
  defaultFailureThreshold,
  deletePayloadSchema,
  describeCommits,
  dispatchEventTypes,
  dispatchLimits,
  escapeHtml,
  failedReport,
  failureLabel,
  failureMarker,
  formatBytes,
  maxFilesPerCommit,
  openOrUpdateReview,
  parseGitHubEvent,
  readGitHubSettings,
  reconcileFailureIssue,
  redactSecrets,
  refuseWhileUnderReview,
  renderReviewBody,
  renderTrace,
  renderWorkflows,
  repositoryLinks,
  reviewBranch,
  reviewBranchPrefix,
  reviewMarker,
  reviewTitle,
  runDispatch,
  validateActionRef,
  webhookPayloadSchema,
  workflowInputsSchema,
  writeWorkflows
};
