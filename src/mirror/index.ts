/** Mirror primitives: the handlers' scoped mirror API and the main agent's read faces. */
export { createMirrorTools, type MirrorToolsOptions } from './ai-tools.js';
export {
  type CallApiOptions,
  type CallApiResult,
  callApiInput,
  callApiOperation,
  maxCallApiBytes,
} from './call-api.js';
export { isBinary, walkFiles } from './files.js';
export { defaultMaxMatches, type GrepFileOptions, type GrepFileResult, type GrepMatch, grepFile } from './grep-file.js';
export { createMcpServer, type McpServerOptions, serveMcpOverStdio } from './mcp-server.js';
export { deleteLines, type NdjsonRecord, upsertLines } from './ndjson.js';
export * from './operations.js';
export { addressOf, fnv1a32, type PathIndexLoadOptions, type PathIndexSpec } from './path-index.js';
export { type CompiledPattern, compilePattern } from './pattern.js';
export { maxReadBytes, type ReadFileOptions, type ReadFileResult, readFile, withGutter } from './read-file.js';
export { extractItems, parseSaveItems, type SavedItems, type SaveItems } from './save-items.js';
export { type MirrorEntry, maxMirrorFileBytes, ScopedMirror } from './scoped-mirror.js';
export { listSkills, type SkillSummary } from './skills.js';
