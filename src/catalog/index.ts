/** The catalog of reviewed recipes, installed by `connect` without any model. */
import { dropboxRecipe } from './dropbox/recipe.js';
import type { Recipe } from './types.js';

export { dropboxHandlerSource } from './dropbox/handler-source.js';
export { dropboxCreatedBy } from './dropbox/identity.js';
export { dropboxRecipe, dropboxSyncJson } from './dropbox/recipe.js';
export { dropboxSkill } from './dropbox/skill.js';
export type { Recipe, RecipeInput } from './types.js';

const recipes: Record<string, Recipe> = { dropbox: dropboxRecipe };

/** The recipe for an app slug, or undefined when the catalog has none. */
export function findRecipe(app: string): Recipe | undefined {
  return Object.hasOwn(recipes, app) ? recipes[app] : undefined;
}
