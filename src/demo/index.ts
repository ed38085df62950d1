/** `syncagent demo`: the whole loop offline against the bundled fakes, and the playground `demo --serve` keeps up. */
export { type Playground, populateSample, startPlayground } from './playground.js';
export { type DemoOutput, type DemoSummary, runDemo } from './run-demo.js';
