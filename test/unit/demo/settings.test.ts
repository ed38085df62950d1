import { describe, expect, it } from 'vitest';
import { demoDropboxAppSecret, demoWebhook } from '../../../src/demo/settings.js';
import { signDropboxWebhook } from '../../../src/testkit/index.js';

describe('the demo webhook of the help examples', () => {
  it('carries the signature Dropbox would send for its body under the demo app secret', () => {
    expect(demoWebhook.signature).toBe(signDropboxWebhook(demoWebhook.body, demoDropboxAppSecret));
  });
});
