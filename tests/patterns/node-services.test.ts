/**
 * Node services and the pino apps they run (rounds 38 and 42): what stays, analytics' visitor ids
 * in a Cookie header.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x3038);
const keeps = keepsEach(scrubber);

describe("analytics' visitor ids in a Cookie header", () => {
  keeps([
    '{"cookie":"ajs_anonymous_id=017b5f1c-47e4-43c1-aa04-aabd77d56d53; theme=dark"}',
    'cookie: theme=dark; ajs_user_id=b76b90a3-0bb8-4f2f-b4af-c1a846cbef11; locale=en; _fbp=fb.1.1710283081645.6113016096',
    'Cookie: hubspotutk=5f1c2a9e3b7d4c1e9f0a2d8b7c6e5a41; __hstc=181257784.5f1c2a9e3b7d4c1e9f0a2d8b7c6e5a41.1710283081645.1710283081645.1710283081645.1',
  ]);

  it.each(planted([(s) => `cookie: ajs_anonymous_id=017b5f1c-47e4-43c1-aa04-aabd77d56d53; adonis-session=${s}`], () => sample.base64url(40)))('%s', (line, s) =>
    expectOnlySecretGone(scrubber, line, s),
  );
});
