/** `syncagent deploy` (DESIGN section 9): the Docker image of `serve` shipped to Fly.io with flyctl. */
export { type DeployOptions, deployPlan, formatCommand, type PlannedCommand } from './plan.js';
export { runPlannedCommand } from './run-command.js';
