/** The catalog of reviewed recipes, installed by `connect` without any model. */
import { dropboxRecipe } from './dropbox/recipe.js';
import type { Recipe } from './types.js';

export { defineRecipe, type RecipeDefinition, recipeDefinitionSchema } from './define-recipe.js';
export { dropboxHandlerSource } from './dropbox/handler.generated.js';
export { dropboxRecipe } from './dropbox/recipe.js';
export { dropboxSkill } from './dropbox/skill.js';
export { type HandlerExportName, handlerExportNames } from './handler-exports.js';
export type { Recipe, RecipeInput, SkillInput } from './types.js';

/** Every recipe of the catalog, by app slug. */
export const catalogRecipes: Readonly<Record<string, Recipe>> = { dropbox: dropboxRecipe };

/** The recipe for an app slug, or undefined when the catalog has none. */
export function findRecipe(app: string): Recipe | undefined {
  return Object.hasOwn(catalogRecipes, app) ? catalogRecipes[app] : undefined;
}
