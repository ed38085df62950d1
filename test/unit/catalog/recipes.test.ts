import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogRecipes, defineRecipe, dropboxRecipe, type RecipeDefinition } from '../../../src/catalog/index.js';
import { parseSyncJson } from '../../../src/engine/registry.js';
import { inspectModule } from '../../../src/sandbox/index.js';
import { repoRoot } from '../../support/cli.js';

const valid: RecipeDefinition = {
  app: 'tasks',
  version: 2,
  hosts: ['api.tasks.example'],
  signals: { poll: { everyMinutes: 30 } },
  exports: ['backfill', 'pollOnce'],
  handler: 'export async function backfill(ctx) {}\nexport async function pollOnce(ctx) {}\n',
  skill: ({ slug, createdBy }) =>
    `---\nname: ${slug}\ndescription: tasks\nmetadata:\n  created_by: ${createdBy}\n---\n`,
};
const input = { slug: 'tasks-2', accountId: 'apn_1', externalUserId: 'u', updatedAt: '2025-01-01T00:00:00Z' };

describe('defineRecipe', () => {
  it('derives sync.json and SKILL.md from the declaration, with the version in one place', () => {
    const recipe = defineRecipe(valid);
    expect(recipe.createdBy).toBe('catalog:tasks@2');
    const config = parseSyncJson(JSON.stringify(recipe.syncJson(input)), 'sync.json');
    expect(config).toEqual({
      version: 1,
      slug: 'tasks-2',
      app: 'tasks',
      accountId: 'apn_1',
      externalUserId: 'u',
      flavor: 'sync-engine',
      status: 'active',
      handler: 'handler.js',
      mirrorPrefix: 'mirrors/tasks-2/',
      hosts: ['api.tasks.example'],
      signals: { poll: { everyMinutes: 30 } },
      createdBy: 'catalog:tasks@2',
    });
    expect(recipe.skill(input)).toContain('created_by: catalog:tasks@2');
    expect(recipe.exports).toEqual(['backfill', 'pollOnce']);
  });

  it.each([
    ['an app that is no slug', { app: 'Tasks!' }, /^recipe Tasks!: app: /],
    ['version 0', { version: 0 }, /^recipe tasks: version: /],
    ['no hosts', { hosts: [] }, /^recipe tasks: hosts: a recipe calls at least one host/],
    ['a host with a scheme', { hosts: ['https://api.tasks.example'] }, /^recipe tasks: hosts\.0: /],
    ['an unknown export', { exports: ['backfill', 'sync'] }, /^recipe tasks: exports\.1: /],
    ['an export named twice', { exports: ['backfill', 'backfill'] }, /exports: an export is named twice/],
    ['no exports', { exports: [] }, /exports: a sync-engine handler has at least one export/],
    ['an unknown signal', { signals: { push: {} } }, /^recipe tasks: signals: /],
    ['an empty handler', { handler: '' }, /handler: the handler source is empty/],
    ['a skill that is no function', { skill: 'SKILL.md' }, /skill: expected a function/],
    ['an unknown field', { description: 'x' }, /^recipe tasks: /],
  ])('refuses %s with a clear error', (_name, change, message) => {
    expect(() => defineRecipe({ ...valid, ...change } as RecipeDefinition)).toThrow(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(message) }),
    );
  });
});

describe('the catalog', () => {
  it.each(Object.entries(catalogRecipes))(
    '%s declares exactly the exports its handler module has',
    async (app, recipe) => {
      const { exports } = await inspectModule(recipe.handlerSource, `${app}/handler.js`);
      expect([...exports].sort()).toEqual([...recipe.exports].sort());
    },
  );

  it('the Dropbox recipe is catalog:dropbox@1 in sync.json and SKILL.md', () => {
    const dropboxInput = { ...input, slug: 'dropbox' };
    expect(dropboxRecipe.syncJson(dropboxInput).createdBy).toBe('catalog:dropbox@1');
    expect(dropboxRecipe.skill(dropboxInput)).toContain('created_by: catalog:dropbox@1');
    expect(dropboxRecipe.handlerSource).toMatch(/^\/\/ @ts-check\n/);
  });

  it('every catalog handler type-checks against the handler contract (tsc, // @ts-check)', () => {
    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', join(repoRoot, 'src/catalog/tsconfig.handlers.json')],
      { encoding: 'utf8' },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
