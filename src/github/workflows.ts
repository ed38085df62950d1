import { InvalidInputError } from '../errors.js';
import type { Store } from '../store/index.js';
import { workflowTemplates } from './workflow-templates.generated.js';

/** The action `init --workflows` points `uses:` at unless told otherwise. */
export const defaultActionRef = 'syncagent/syncagent@v0';

const actionRefPattern = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*@[A-Za-z0-9_./-]+$/;

/** Checks an `owner/repo[/path]@ref` action reference (or `./path`, an action inside the repository itself). */
export function validateActionRef(ref: string): string {
  if (!actionRefPattern.test(ref) && !/^\.\/[A-Za-z0-9_./-]*$/.test(ref)) {
    throw new InvalidInputError(
      `--action-ref: expected owner/repo@ref (e.g. ${defaultActionRef}) or ./path, got ${JSON.stringify(ref)}`,
    );
  }
  return ref;
}

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
