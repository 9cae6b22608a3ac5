/**
 * Keys as cloud CLIs list them and take them (s15, a red-team review): `az storage account keys
 * list`, the `primaryKey`/`secondaryKey` of Service Bus, Event Hubs and Cognitive Services
 * listings, and `--account-key`. Older Azure keys carry no signature the identifiable-key rule
 * knows, so only the name beside them tells. The key names, permissions and empty values stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0xa2c1);
const key = (): string => `${sample.base64(86)}==`;

describe('an Azure key in a listing or on the command line', () => {
  it.each(
    [
      (k: string) => JSON.stringify([{ keyName: 'key1', permissions: 'FULL', value: k }]),
      (k: string) => `[\n  {\n    "keyName": "key2",\n    "permissions": "FULL",\n    "value": "${k}"\n  }\n]`.replace(/\n\s*/g, ' '),
      (k: string) => JSON.stringify({ keyName: 'RootManageSharedAccessKey', primaryKey: k }),
      (k: string) => JSON.stringify({ secondaryKey: k, keyName: 'RootManageSharedAccessKey' }),
      (k: string) => JSON.stringify({ documentEndpoint: 'https://acct.documents.azure.com:443/', primaryMasterKey: k }),
      (k: string) => `az storage blob upload --account-name acct --account-key ${k} -c logs -f app.log`,
      (k: string) => `az storage container create --account-key="${k}" -n logs`,
    ].map((shape) => {
      const k = key();
      return [shape(k), k] as const;
    }),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe('listings without a key stay', () => {
  it.each([
    JSON.stringify([{ keyName: 'key1', permissions: 'FULL', value: '' }]),
    JSON.stringify({ primaryKey: 'id', secondaryKey: 'created_at' }),
    'az storage blob upload --account-name acct --auth-mode login -f app.log',
    'error: --account-key is required when --auth-mode key',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});
