import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  defaultActionRef,
  renderWorkflows,
  validateActionRef,
  workflowTemplates,
} from '../../../src/github/workflows.js';
import { repoRoot } from '../../support/cli.js';

type Workflow = {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: unknown;
  jobs: Record<string, { steps: Array<{ uses?: string; run?: string; shell?: string; with?: unknown }> }>;
};

const workflowsDir = join(repoRoot, '.github', 'workflows');
const read = (name: string) => readFileSync(join(workflowsDir, name), 'utf8');
const workflow = (name: string) => parse(read(name)) as Workflow;

describe('the shipped workflows', () => {
  it('are embedded as they are on disk (scripts/build-texts.mjs; npm run build runs it)', () => {
    const onDisk = Object.fromEntries(
      readdirSync(workflowsDir)
        .filter((name) => /^syncagent-.*\.yml$/.test(name))
        .map((name) => [name, read(name)]),
    );
    expect(workflowTemplates).toEqual(onDisk);
    expect(Object.keys(onDisk).sort()).toEqual([
      'syncagent-db.yml',
      'syncagent-deploy.yml',
      'syncagent-dispatch.yml',
      'syncagent-tick.yml',
    ]);
  });

  it('ask for least privilege: contents/pull-requests/issues write only where syncagent commits', () => {
    const writers = ['syncagent-dispatch.yml', 'syncagent-tick.yml'];
    for (const name of writers) {
      expect(workflow(name).permissions, name).toEqual({
        contents: 'write',
        'pull-requests': 'write',
        issues: 'write',
      });
    }
    for (const name of ['syncagent-db.yml', 'syncagent-deploy.yml', 'ci.yml']) {
      expect(workflow(name).permissions, name).toEqual({ contents: 'read' });
    }
    // Queueing with concurrency would cancel pending deliveries (DESIGN 4.1).
    for (const name of [...writers, 'syncagent-db.yml', 'syncagent-deploy.yml']) {
      expect(workflow(name).concurrency, name).toBeUndefined();
    }
  });

  it('listen to the events of DESIGN 10 and run this action after checkout', () => {
    expect(workflow('syncagent-dispatch.yml').on).toEqual({
      repository_dispatch: { types: ['syncagent.connect', 'syncagent.webhook', 'syncagent.delete'] },
    });
    const tick = workflow('syncagent-tick.yml').on as { schedule: Array<{ cron: string }>; workflow_dispatch: unknown };
    expect(tick.schedule).toEqual([{ cron: '*/15 * * * *' }]);
    expect(tick.workflow_dispatch).toBeDefined();
    expect(Object.keys(workflow('syncagent-db.yml').on)).toEqual(['workflow_dispatch']);
    expect(Object.keys(workflow('syncagent-deploy.yml').on)).toEqual(['workflow_dispatch']);
    for (const name of Object.keys(workflowTemplates)) {
      const steps = Object.values(workflow(name).jobs)[0]!.steps;
      expect(steps[0]!.uses, name).toBe('actions/checkout@v4');
      expect(steps.at(-1)!.uses, name).toBe('./');
    }
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: Array<{ run?: string; shell?: string; uses?: string }> };
  };

  it('is a composite action with the inputs of DESIGN 10, a literal shell on every step, and no other action', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual([
      'command',
      'event-path',
      'github-token',
      'model',
      'review',
      'store',
    ]);
    expect(action.inputs.command?.default).toBe('dispatch');
    expect(action.inputs.review?.default).toBe('direct');
    expect(action.inputs.store?.default).toBe('.');
    expect(action.inputs['event-path']?.default).toBe('${{ github.event_path }}');
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
    for (const step of action.runs.steps) {
      expect(step.uses).toBeUndefined();
      expect(step.shell).toBe('bash');
    }
    expect(action.runs.steps.at(-1)!.run).toContain('exec node "$GITHUB_ACTION_PATH/dist/cli.cjs" "${args[@]}"');
  });
});

describe('init --workflows rendering', () => {
  it('points uses: ./ at the action reference and changes nothing else', () => {
    const files = renderWorkflows('acme/syncagent@v1.2.0');
    expect(files.map((file) => file.path)).toEqual([
      '.github/workflows/syncagent-db.yml',
      '.github/workflows/syncagent-deploy.yml',
      '.github/workflows/syncagent-dispatch.yml',
      '.github/workflows/syncagent-tick.yml',
    ]);
    for (const file of files) {
      expect(file.text).not.toMatch(/uses: \.\/\s*$/m);
      expect(file.text).toContain('      - uses: acme/syncagent@v1.2.0\n');
      const name = file.path.slice('.github/workflows/'.length);
      expect(file.text.replace('uses: acme/syncagent@v1.2.0', 'uses: ./')).toBe(workflowTemplates[name]);
    }
  });

  it('accepts owner/repo[/path]@ref and ./path, and refuses anything else with the flag named', () => {
    for (const ref of [defaultActionRef, 'me/tools/syncagent@main', 'o/r@0123abc', './vendor/syncagent']) {
      expect(validateActionRef(ref)).toBe(ref);
    }
    for (const ref of ['syncagent', 'o/r', 'o/r@', 'o/r@v1; rm -rf /', 'https://github.com/o/r@v1']) {
      expect(() => validateActionRef(ref)).toThrow(/^--action-ref: expected owner\/repo@ref/);
    }
  });
});
