/** `syncagent demo`: the whole loop offline against the bundled fakes. */
export { type DemoOutput, type DemoSummary, populateSample, runDemo } from './run-demo.js';
