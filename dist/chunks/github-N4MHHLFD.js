import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  describeCommits,
  failedReport,
  maxFilesPerCommit
} from "./chunk-KKPC5UBA.js";
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
} from "./chunk-FA6BRPEY.js";
import {
  defaultFailureThreshold,
  failureLabel,
  failureMarker,
  reconcileFailureIssue,
  runDispatch
} from "./chunk-MXDEWCOR.js";
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
} from "./chunk-YNPVKJLT.js";
import {
  renderWorkflows,
  writeWorkflows
} from "./chunk-32SOR7O3.js";
import {
  defaultActionRef,
  validateActionRef
} from "./chunk-7B6VXX7Z.js";
import "./chunk-GQGRQMVN.js";
import "./chunk-JPRZCM43.js";
import "./chunk-BZ4OAV57.js";
import "./chunk-2OVSVRVZ.js";
import "./chunk-RR662ASG.js";
import "./chunk-IAENJBBH.js";
import "./chunk-BRVAQNWK.js";
import "./chunk-RXO6KAIR.js";
import "./chunk-OUFSQDXX.js";
import "./chunk-L2M3EPJ6.js";
import "./chunk-ABKUXN2E.js";
import "./chunk-B325YKMD.js";
import "./chunk-LKFTHDQR.js";
import "./chunk-QRR2AGRQ.js";
import "./chunk-OLBI5X7L.js";
import "./chunk-E5QKV4CV.js";
import "./chunk-ACSXKUUB.js";
import "./chunk-GDF2W7QV.js";
import "./chunk-4V3D2JW7.js";
import "./chunk-UVWUOZ5C.js";
import "./chunk-P5EA5Q7C.js";
import "./chunk-5O5R4X6N.js";
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
