import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConflictError,
  InternalError,
  InvalidInputError,
  RateLimitedError,
  SyncError,
  toSyncError,
  UnauthorizedError,
} from '../../../src/errors.js';

describe('SyncError brand', () => {
  it('recognises errors from another copy of the module (another bundle), where instanceof fails', async () => {
    // A query string makes vite load a second, independent copy of the module: its own classes.
    const copy = '../../../src/errors.ts?other-bundle';
    const other = (await import(/* @vite-ignore */ copy)) as typeof import('../../../src/errors.js');
    expect(other.SyncError).not.toBe(SyncError);
    const foreign = new other.ApiError(503, 'upstream down');
    expect(foreign instanceof SyncError).toBe(false);
    expect(SyncError.isInstance(foreign)).toBe(true);
    expect(ApiError.isInstance(foreign)).toBe(true);
    expect(UnauthorizedError.isInstance(foreign)).toBe(false);
    expect(toSyncError(foreign)).toBe(foreign);
    expect(other.SyncError.isInstance(new ConflictError('lost'))).toBe(true);
    expect(other.ConflictError.isInstance(new ConflictError('lost'))).toBe(true);
  });

  it('is not fooled by plain errors and objects, and stays out of JSON', () => {
    expect(SyncError.isInstance(new Error('x'))).toBe(false);
    expect(SyncError.isInstance({ code: 'io' })).toBe(false);
    expect(SyncError.isInstance(null)).toBe(false);
    expect(toSyncError(new Error('boom'))).toBeInstanceOf(InternalError);
    const error = new InvalidInputError('bad');
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(JSON.parse(JSON.stringify(error.toJSON()))).toEqual({ code: 'invalid_input', message: 'bad', data: {} });
  });
});

describe('isRetryable', () => {
  it('is true for 5xx, 429 and network errors, false for other statuses, auth and input errors', () => {
    expect(new ApiError(500, 'x').isRetryable).toBe(true);
    expect(new ApiError(503, 'x').isRetryable).toBe(true);
    expect(new ApiError(429, 'x').isRetryable).toBe(true);
    expect(new ApiError(0, 'network error').isRetryable).toBe(true);
    expect(new ApiError(404, 'x').isRetryable).toBe(false);
    expect(new ApiError(400, 'x').isRetryable).toBe(false);
    expect(new RateLimitedError('x').isRetryable).toBe(true);
    expect(new UnauthorizedError('x').isRetryable).toBe(false);
    expect(new InvalidInputError('x').isRetryable).toBe(false);
  });
});
