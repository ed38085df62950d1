import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  defaultActionRef,
  renderWorkflows,
  validateActionRef,
  workflowTemplates,
  writeWorkflows
} from "../chunks/chunk-RSRQKNI7.js";
import "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";
export {
  defaultActionRef,
  renderWorkflows,
  validateActionRef,
  workflowTemplates,
  writeWorkflows
};
