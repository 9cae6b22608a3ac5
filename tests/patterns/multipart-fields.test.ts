/**
 * A secret form field in a multipart body that a debug log prints on one line, its line breaks
 * escaped (review3, L4): the field's name and its value are two lines of the part. Only the value
 * goes; other fields, the boundaries and a file part stay.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x3a17);
const keeps = keepsEach(scrubber);
const boundary = (): string => `--------------------------${sample.from('0123456789', 24)}`;

describe('a secret field of an escaped multipart body', () => {
  it.each([
    (s: string, b: string) => `2026-11-17T04:29:23.399Z DEBUG multipart: ${b}\\r\\nContent-Disposition: form-data; name="password"\\r\\n\\r\\n${s}\\r\\n${b}--`,
    (s: string, b: string) => JSON.stringify({ level: 'debug', body: `${b}\r\nContent-Disposition: form-data; name="api_token"\r\n\r\n${s}\r\n${b}\r\nContent-Disposition: form-data; name="user"\r\n\r\nada\r\n${b}--` }),
    (s: string, b: string) => `body=${b}\\nContent-Disposition: form-data; name=\\"client_secret\\"\\n\\n${s}\\n${b}--`,
  ])('%s', (make) => {
    const s = `${sample.alnum(6)}!${sample.alnum(6)}`;
    expectOnlySecretGone(scrubber, make(s, boundary()), s);
  });
  keeps([
    `DEBUG multipart: ${boundary()}\\r\\nContent-Disposition: form-data; name="user"\\r\\n\\r\\nada\\r\\n`,
    `DEBUG multipart: ${boundary()}\\r\\nContent-Disposition: form-data; name="avatar"; filename="me.png"\\r\\nContent-Type: image/png\\r\\n\\r\\n`,
    'Content-Disposition: form-data; name="password_reset_url"\\r\\n\\r\\nhttps://app.example.com/reset\\r\\n',
  ]);
});
