import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generatedText, textModules } from '../../../scripts/build-texts.mjs';
import { buildSystemPrompt } from '../../../src/agent/index.js';
import { dropboxHandlerSource } from '../../../src/catalog/index.js';

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
});
