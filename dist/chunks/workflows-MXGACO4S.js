import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  renderWorkflows,
  workflowTemplates,
  writeWorkflows
} from "./chunk-32SOR7O3.js";
import {
  defaultActionRef,
  validateActionRef
} from "./chunk-7B6VXX7Z.js";
import "./chunk-4V3D2JW7.js";
import "./chunk-5O5R4X6N.js";
export {
  defaultActionRef,
  renderWorkflows,
  validateActionRef,
  workflowTemplates,
  writeWorkflows
};
