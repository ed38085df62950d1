import type { Store } from '../store/index.js';
import { validateActionRef } from './action-ref.js';
import { dbWorkflow, deployWorkflow, dispatchWorkflow, tickWorkflow } from './workflow-texts.generated.js';

export { defaultActionRef, validateActionRef } from './action-ref.js';

/** The shipped workflows by file name, as text (they run this repository's action with `uses: ./`). */
export const workflowTemplates: Record<string, string> = {
  'syncagent-db.yml': dbWorkflow,
  'syncagent-deploy.yml': deployWorkflow,
  'syncagent-dispatch.yml': dispatchWorkflow,
  'syncagent-tick.yml': tickWorkflow,
};

/** A workflow file to write. */
export interface WorkflowFile {
  path: string;
  text: string;
}

/** The shipped syncagent workflows with `uses: ./` pointed at `actionRef`. */
export function renderWorkflows(actionRef: string): WorkflowFile[] {
  const ref = validateActionRef(actionRef);
  return Object.entries(workflowTemplates)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, text]) => ({
      path: `.github/workflows/${name}`,
      text: text.replace(/^(\s*- uses: )\.\/[ \t]*$/gm, (_, prefix: string) => `${prefix}${ref}`),
    }));
}

/** What `writeWorkflows` did per file. */
export interface WorkflowsResult {
  written: string[];
  unchanged: string[];
  /** Files that exist with other content: left as they are. */
  kept: string[];
  commit: string | null;
}

/**
 * Writes the syncagent workflows into the store's repository in one commit: missing files are added, identical
 * ones left, and a file that exists with other content is kept as the user has it (reported, never overwritten).
 */
export async function writeWorkflows(store: Store, actionRef: string): Promise<WorkflowsResult> {
  const files = renderWorkflows(actionRef);
  const result = await store.transact(
    async (tx) => {
      const outcome = { written: [] as string[], unchanged: [] as string[], kept: [] as string[] };
      for (const file of files) {
        const current = await tx.readText(file.path);
        if (current === null) {
          tx.write(file.path, file.text);
          outcome.written.push(file.path);
        } else if (current === file.text) outcome.unchanged.push(file.path);
        else outcome.kept.push(file.path);
      }
      return outcome;
    },
    { message: `syncagent: add the workflows (uses ${actionRef})` },
  );
  return { ...result.value, commit: result.commits.at(-1)?.oid ?? null };
}
