/** `syncagent demo`: the whole loop offline against the bundled fakes. */
export { populateSample, runDemo, type DemoOutput } from './run-demo.js';
