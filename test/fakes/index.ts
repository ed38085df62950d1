/** Test doubles: the loopback fakes live in src/testkit (the offline demo ships them); re-exported for tests. */
export * from '../../src/testkit/index.js';
