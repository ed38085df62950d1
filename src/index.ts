/** syncagent as a library: the store, the mirror read primitives and the error type. */
export * from './errors.js';
export * from './mirror/index.js';
export * from './store/index.js';
