// Test instrumentation for the act suites, loaded into the Action's node process with NODE_OPTIONS=--import: when
// the process exits it copies the job summary it wrote (act removes the runner's files when the job ends) to
// SYNCAGENT_TEST_SUMMARY_DIR. It observes; it changes nothing the process does.
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

process.on('exit', () => {
  const from = process.env.GITHUB_STEP_SUMMARY;
  const dir = process.env.SYNCAGENT_TEST_SUMMARY_DIR;
  if (!from || !dir) return;
  try {
    if (statSync(from).size > 0) copyFileSync(from, join(dir, `summary-${process.pid}.md`));
  } catch {
    // No summary written: nothing to keep.
  }
});
