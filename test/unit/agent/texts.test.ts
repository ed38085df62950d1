import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generatedText, textModules } from '../../../scripts/build-texts.mjs';
import { agentTools, buildSystemPrompt } from '../../../src/agent/index.js';
import { systemPromptMarkdown } from '../../../src/agent/texts.generated.js';
import { dropboxHandlerSource, handlerExportNames } from '../../../src/catalog/index.js';
import { hostMethods } from '../../../src/contract/index.js';
import { createMirrorTools } from '../../../src/mirror/index.js';

describe('reviewed texts', () => {
  it('every generated text module is what scripts/build-texts.mjs makes from its sources (run it after an edit)', async () => {
    for (const module of textModules as Array<{ target: string }>) {
      const committed = await readFile(new URL(`../../../${module.target}`, import.meta.url), 'utf8');
      expect(committed, `${module.target} is stale: run node scripts/build-texts.mjs`).toBe(
        await generatedText(module),
      );
    }
  });

  it('the system prompt teaches the phases and includes the handler contract and the Dropbox recipe as they are', async () => {
    const prompt = buildSystemPrompt();
    for (const heading of [
      '## The prime directive',
      '## Phases',
      '## The handler contract',
      '## Mirror layout rules',
      '## State, cursors and checkpoints',
      '## Signals: webhook, poll, renew',
      '## Writing SKILL.md',
      '## Worked example: the reviewed Dropbox recipe',
    ]) {
      expect(prompt).toContain(heading);
    }
    expect(prompt).toContain(dropboxHandlerSource.trim());
    // The handler contract is the runtime's own declaration file, not a copy.
    expect(prompt).toContain(
      (await readFile(new URL('../../../src/contract/handler-context.d.ts', import.meta.url), 'utf8')).trim(),
    );
    expect(prompt).not.toContain('<!-- include');
    expect(prompt).toContain('"secretEnv": "DROPBOX_APP_SECRET"');
    expect(prompt).toContain('call_api');
    expect(buildSystemPrompt()).toBe(prompt);
  });

  it('the prompt’s own prose names only what the contract and the tools have (a rename there fails here)', async () => {
    const contract = await readFile(new URL('../../../src/contract/handler-context.d.ts', import.meta.url), 'utf8');
    // Every `ctx.<path>` the prose mentions is a method of the contract, one of its namespaces, or ctx.sync.
    const methods = new Set<string>(hostMethods.map((method) => method.path));
    const namespaces = new Set([...methods].filter((path) => path.includes('.')).map((path) => path.split('.')[0]));
    const mentioned = [...systemPromptMarkdown.matchAll(/ctx\.([A-Za-z]+(?:\.[A-Za-z]+)?)/g)].map((match) => match[1]);
    expect(mentioned).toContain('mirror.indexLoad');
    for (const path of mentioned) {
      expect(methods.has(path as string) || namespaces.has(path as string) || path === 'sync', `ctx.${path}`).toBe(
        true,
      );
    }
    // Every camelCase name in backticks is declared by the contract, is a handler export or a tool input, or is one of
    // the two names the prompt itself defines (the state key highWater, index.json's updatedAt).
    const toolKeys = new Set(
      agentTools.flatMap((spec) => Object.keys((spec.inputSchema as unknown as { shape: object }).shape)),
    );
    const names = [...systemPromptMarkdown.matchAll(/`([a-z]+[A-Z][A-Za-z]*)`/g)].map((match) => match[1] as string);
    expect(names).toEqual(expect.arrayContaining(['indexPut', 'indexRemove', 'deleteLines', 'registerWebhook']));
    for (const name of names) {
      const known =
        new RegExp(`\\b${name}\\b`).test(contract) ||
        (handlerExportNames as readonly string[]).includes(name) ||
        toolKeys.has(name) ||
        ['highWater', 'updatedAt'].includes(name);
      expect(known, `\`${name}\``).toBe(true);
    }
    // Every tool of the run is taught, and every tool the prose names is one of the run's or of the main agent's.
    const runTools = agentTools.map((spec) => spec.name);
    for (const name of runTools) expect(systemPromptMarkdown, name).toContain(`\`${name}`);
    const mainTools = Object.keys(createMirrorTools({ store: { root: '.' }, api: true }));
    const apiFields = ['updated_since', 'updated_at', 'modified_after'];
    for (const [, name] of systemPromptMarkdown.matchAll(/`([a-z]+(?:_[a-z]+)+)\b/g)) {
      expect([...runTools, ...mainTools, ...apiFields], `\`${name}\``).toContain(name);
    }
    // The inputs the prose spells out are accepted by the tools' own schemas.
    const runInSync = agentTools.find((spec) => spec.name === 'run_in_sync');
    for (const input of [{ export: 'backfill' }, { export: 'pollOnce' }]) {
      expect(runInSync?.inputSchema.safeParse(input).success).toBe(true);
    }
  });
});
