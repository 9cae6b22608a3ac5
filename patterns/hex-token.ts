import type { RuleSpec, Vocabulary } from '../src/types.js';
import { textKeyAnchor, textKeyKeywords, textKeySource } from './keys.js';
import { label, SEP, TOKEN_START } from './parts.js';
import { sample } from './sample.js';

const hex128 = sample.hex(128);
const hex64 = sample.hex(64);
const hex40 = sample.hex(40);
const hex32 = sample.hex(32);

const HEX64 = '[0-9a-fA-F]{64}';

/**
 * Where `hex-token-long` can report: a 64-hex run that starts a word, less two places where the
 * rule always lets it go (issue 9: the digest lines of a request log woke the rules on 5% of its
 * lines for nothing): right after `sha256:` (an image digest; only while `sha256` is a digest
 * marker) and a fingerprinted asset name (`app-<hex>.js`: after `-` or `.`, then a dot and one to
 * five letters or digits). `tests/patterns/tier1.test.ts` holds it to every match of the rule.
 */
function longHexAnchor(digestMarkers: readonly string[]): string {
  const colon = digestMarkers.includes('sha256')
    ? // A `:` not after `sha256`, in any case: the suffixes of `sha256` each ruled out in turn.
      String.raw`(?:^|[^6]|(?:^|[^5])6|(?:^|[^2])56|(?:^|[^aA])256|(?:^|[^hH])[aA]256|(?:^|[^sS])[hH][aA]256):${HEX64}`
    : `:${HEX64}`;
  // After `-` or `.`: the run's end, then no extension of one to five characters.
  const dashed = String.raw`[.-][0-9a-fA-F]{64,}(?:$|[^0-9A-Za-z_.]|\.(?:$|[^0-9A-Za-z]|[0-9A-Za-z]{6}))`;
  // After a JSON string's `\n` or `\u0022` (see `TOKEN_START`), where `\b` sees none.
  return [String.raw`(?:^|[^0-9A-Za-z_:.-]|\\[nrt]|\\u[0-9A-Fa-f]{4})${HEX64}`, colon, dashed].join('|');
}

/**
 * Hex tokens, as `randomBytes(n).toString('hex')` makes them. At 64+ characters a hex run is a
 * token unless a digest context says otherwise; below 64 only next to a token key, so trace ids,
 * OpenStack ids and git SHAs stay.
 */
export function hexTokenRules(vocabulary: Vocabulary): RuleSpec[] {
  const keys = [...vocabulary.sensitiveKeys, ...vocabulary.hexTokenKeys];
  return [
    {
      id: 'hex-token',
      family: 'hex-token',
      description: 'a hex run of 32–63 characters under a sensitive key (token, secret, password, session id, …), a salt or a PagerDuty key',
      // Mailgun's keys run on in two groups of 8 (`<32 hex>-9ec8d55b-28ba6fa8`, round 19): the
      // value is the whole run, not its first 32.
      regex: String.raw`\b${textKeySource(keys)}${SEP}([0-9a-fA-F]{32,63}(?:-[0-9a-fA-F]{8}){0,2})\b`,
      keywords: textKeyKeywords(keys),
      anchor: textKeyAnchor(keys),
      minEntropy: 3,
      // Found by its key: a safe key (`nextToken`) is not a secret.
      generic: true,
      examples: {
        match: [
          { input: `reset_token=${hex32} sent`, output: `reset_token=${label('hex-token')} sent` },
          { input: `api_key: ${hex40}`, output: `api_key: ${label('hex-token')}` },
          { input: `auth: { user: 'postmaster@mg.example.com', pass: '${hex32}-${hex40.slice(0, 8)}-${hex40.slice(8, 16)}' }`, output: `auth: { user: 'postmaster@mg.example.com', pass: '${label('hex-token')}' }` },
        ],
        noMatch: [`commit ${hex40}`, `traceId=${hex32}`, `token=${'0'.repeat(32)}`],
      },
    },
    {
      id: 'hex-token-long',
      family: 'hex-token',
      description:
        'a hex run of 64 or more characters (a bare one too: randomBytes(32) looks like a digest), unless under a safe key, after a digest marker (sha256:, etag, integrity, checksum, container, cache key, txid) or a file digest by its place (sha256sum output, app-<hex>.js)',
      // The first four alternatives match without a group, so they report nothing: an S3 server
      // access log line opens with the bucket owner's canonical user id, 64 hex before the bucket
      // and the time (`<id> bucket [28/Nov/2026:10:00:00 +0000] …`), and names a requester so
      // before the request id and the operation (`<id> 3E57427F3EXAMPLE REST.GET.VERSIONING`); and
      // a file named by its digest after a `/` (`cdk-assets/<sha256>.zip`, a Lambda bundle's S3
      // key, a data lake's `<sha256>.parquet`; round 13), which the engine's file-digest check
      // takes only after `-`, `.` or `_` (fp6); and an image layer's id as `docker pull` reports
      // its progress (`<sha256>: Pull complete`; round 53).
      regex: String.raw`\b[0-9a-f]{64} [a-z0-9][a-z0-9.-]{1,61}[a-z0-9] \[[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}:|\b[0-9a-f]{64} [0-9A-Z]{16} [A-Z]+\.[A-Z_]+\.|\b[0-9a-fA-F]{64}(?:-json)?\.[a-z0-9]{1,8}\b|\b[0-9a-f]{64}: (?:Pull complete|Already exists|Download complete|Verifying Checksum|Pulling fs layer|Waiting|Extracting|Downloading|Pushed|Layer already exists|Preparing|Mounted from)|${TOKEN_START}([0-9a-fA-F]{64,})\b`,
      keywords: [],
      anchor: longHexAnchor(vocabulary.digestMarkers),
      // The pass over every byte looks for any 64-hex run: the precise anchor there cost it a
      // fifth more (measured on jsonl-0 and text-1); on the few lines it hits, the anchor decides.
      prefilter: '[0-9a-fA-F]{64}',
      minEntropy: 3,
      generic: true,
      examples: {
        match: [
          { input: `created ${hex128} for user 42`, output: `created ${label('hex-token-long')} for user 42` },
          { input: `{"remember":"${hex64}"}`, output: `{"remember":"${label('hex-token-long')}"}` },
          // Inside a Cookie header every rule still reads every byte (issue 7): the cookie rule
          // leaves `v1.<hex>` (not one token), this rule takes the hex run in it.
          { input: `{"cookie":"lang=en; x=v1.${hex64}"}`, output: `{"cookie":"lang=en; x=v1.${label('hex-token-long')}"}` },
          // After an escape (a URL-encoded quote, a JSON `\n`) the escape stays whole (leaks review).
          { input: `q=%22${hex64}%22 and {"m":"a\\n${hex64}"}`, output: `q=%22${label('hex-token-long')}%22 and {"m":"a\\n${label('hex-token-long')}"}` },
        ],
        noMatch: [
          `image@sha256:${hex64}`,
          `GET /v2/app/manifests/sha256%3A${hex64} 200`,
          `{"etag":"${hex64}"}`,
          `${hex64}: Pull complete`,
          `checksum=${hex64}`,
          // The OpenTelemetry Collector's debug exporter (round 31).
          `     -> http.request.header.x-amz-content-sha256: Slice(["${hex64}"])`,
          `integrity sha512-${hex128}`,
          `{"traceId":"${hex64}"}`,
          `arn:aws:lambda:us-east-1:123456789012:runtime:${hex64}`,
          `update2?cup2hreq=${hex64}`,
          `${hex64}  dist/app.tar.gz`,
          `${hex64} *release.zip`,
          `GET /assets/app-${hex64}.js 200`,
          `container_id=${hex64} containerd://${hex64} docker://${hex64}`,
          `cache key ${hex64}, txid ${hex64}`,
          `Cache restored from key: npm-linux-x64-${hex64}`,
          `Cache not found for input keys: node-cache-Linux-x64-npm-${hex64}, node-cache-Linux-x64-npm-`,
        ],
      },
    },
  ];
}
