/** Mirror primitives: the handlers' scoped mirror API and the main agent's read faces. */
export { createMirrorTools, type MirrorToolsOptions } from './ai-tools.js';
export { isBinary, walkFiles } from './files.js';
export { defaultMaxMatches, grepFile, type GrepFileOptions, type GrepFileResult, type GrepMatch } from './grep-file.js';
export { createMcpServer, serveMcpOverStdio } from './mcp-server.js';
export { deleteLines, upsertLines, type NdjsonRecord } from './ndjson.js';
export * from './operations.js';
export { maxReadBytes, readFile, type ReadFileOptions, type ReadFileResult, withGutter } from './read-file.js';
export { maxMirrorFileBytes, type MirrorEntry, ScopedMirror } from './scoped-mirror.js';
export { listSkills, type SkillSummary } from './skills.js';
export { addressOf, fnv1a32, type PathIndexLoadOptions, type PathIndexSpec } from './path-index.js';
export { extractItems, parseSaveItems, type SaveItems, type SavedItems } from './save-items.js';
