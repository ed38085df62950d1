/** `syncagent demo`: the whole loop offline against the bundled fakes. */
export { type DemoOutput, populateSample, runDemo } from './run-demo.js';
