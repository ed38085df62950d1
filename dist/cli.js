#!/usr/bin/env node
// The entry of earlier versions, kept for configs that name it; the bin is cli.cjs (scripts/build.mjs).
process.getBuiltinModule('node:module').createRequire(import.meta.url)('./cli.cjs');
