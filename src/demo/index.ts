/** `syncagent demo`: the whole loop offline against the bundled fakes, and the playground `demo --serve` keeps up. */
export { type Playground, populateSample, sampleHistory, startPlayground } from './playground.js';
export { type DemoOutput, type DemoSummary, runDemo, shellWord } from './run-demo.js';
export {
  demoAccounts,
  demoDropboxAppSecret,
  demoProject,
  demoServePort,
  demoSettings,
  demoWebhook,
} from './settings.js';
