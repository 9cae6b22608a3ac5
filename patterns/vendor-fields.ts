import type { RuleSpec } from '../src/types.js';
import { label, NAME_START, SEP } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120112);

/** A 32-byte key in base64, as WireGuard writes its keys: 43 characters, the last of 4 bits, and `=`. */
const KEY32_BASE64 = '[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=';
const wgKey = Buffer.from(sample.hex(64), 'hex').toString('base64');

/** The spellings of a preshared key's name: `PresharedKey`, `preshared_key`, `pre-shared-key`, … */
const PRESHARED_KEY_NAMES = ['', '_', '-'].flatMap((a) => ['', '_', '-'].map((b) => `pre${a}shared${b}key`));

/** A quote, also escaped in a JSON string, or Python's single one. */
const Q = String.raw`\\*["']`;
const esId = sample.base64url(20);
const esKey = sample.base64url(22);
const esEncoded = Buffer.from(`${esId}:${esKey}`).toString('base64');

/**
 * A Terraform state's string value: no quote, backslash or space (random_password's characters
 * hold none of them), or a `\\u003c` escape (Go's encoding/json writes `<`, `>` and `&` so).
 */
const TF_VALUE = String.raw`((?:[^"\\ \t\r\n]|\\u[0-9a-fA-F]{4})+)`;
const tfResult = `${sample.alnum(6)}!${sample.alnum(8)}`;

/**
 * Credentials under a field name that is a vendor's own, which no key rule knows and the key
 * vocabulary does not grow for (red-team N12): each only where its vendor's shape says so.
 */
export const vendorFieldRules: readonly RuleSpec[] = [
  {
    id: 'wireguard-preshared-key',
    family: 'structured',
    description: "WireGuard's PresharedKey (a peer's symmetric key: 32 bytes in base64) in a config, or as wg-easy, Ansible or Netplan name it (presharedKey, preshared_key, preshared-key); a private or preshared key given to wg set through <(echo …)",
    // `PrivateKey` is a sensitive key already; the preshared key is as secret, its shape exact.
    // Round 102: `wg set … private-key <(echo …)` and `preshared-key <(echo …)`, a key given to wg
    // through a process substitution, as wg-quick's trace echoes its commands.
    regex: String.raw`${NAME_START}(?i:pre[_-]?shared[_-]?key)${SEP}(${KEY32_BASE64})|[ \t](?:private|preshared)-key[ \t]+<\([ \t]*echo[ \t]+["']?(${KEY32_BASE64})`,
    keywords: [...PRESHARED_KEY_NAMES, 'private-key'],
    examples: {
      match: [
        { input: `PresharedKey = ${wgKey}`, output: `PresharedKey = ${label('wireguard-preshared-key')}` },
        { input: `wg-quick[42912]: [#] wg set wg0 private-key <(echo ${wgKey}) listen-port 51820`, output: `wg-quick[42912]: [#] wg set wg0 private-key <(echo ${label('wireguard-preshared-key')}) listen-port 51820` },
      ],
      noMatch: ['PresharedKey = ${WG_PSK}'],
    },
  },
  {
    id: 'elasticsearch-api-key-encoded',
    family: 'structured',
    description: "an Elasticsearch API key's encoded form (base64 of id:api_key, what a client sends) beside its api_key, as the create-API-key response gives them: both go",
    // The response is `{"id":…,"name":…,"api_key":"…","encoded":"…"}`: the match opens before
    // `"api_key"` (so it is taken before the key rules, which would take only the api_key and move
    // past it) and takes the api_key too (`moreSecrets`).
    regex: String.raw`[{,][ \t]*${Q}api_key${Q}[ \t]*:[ \t]*${Q}([A-Za-z0-9_-]{16,})${Q}[ \t]*,[ \t]*${Q}encoded${Q}[ \t]*:[ \t]*${Q}([A-Za-z0-9+/]{20,}={0,2})${Q}`,
    keywords: ['api_key'],
    secretGroup: 2,
    moreSecrets: [{ group: 1, ruleId: 'sensitive-key' }],
    examples: {
      match: [
        {
          // Its id and name before them are left out here: with them this one example line took
          // the guard's five-keys pass over every byte out of RE2's DFA (~25 ms to ~1 s); the
          // response's whole shape is in tests/patterns/vendor-fields.test.ts.
          input: `{"api_key":"${esKey}","encoded":"${esEncoded}"}`,
          output: `{"api_key":"${label('sensitive-key')}","encoded":"${label('elasticsearch-api-key-encoded')}"}`,
        },
      ],
      noMatch: ['{"api_key":"<key>","encoded":"<encoded>"}'],
    },
  },
  {
    id: 'terraform-random-password',
    family: 'structured',
    description: "the result of a Terraform random_password in state or terraform show -json: the generated password",
    // Only in a random_password resource's object, the first `result` after its type: other
    // resources' `result` is an output, no secret.
    regex: String.raw`\\*"type\\*"[ \t]*:[ \t]*\\*"random_password\\*"[^\r\n]*?\\*"result\\*"[ \t]*:[ \t]*\\*"${TF_VALUE}\\*"`,
    keywords: ['random_password'],
    examples: {
      match: [
        {
          input: `{"type":"random_password","name":"db","instances":[{"attributes":{"id":"none","length":24,"result":"${tfResult}","special":true}}]}`,
          output: `{"type":"random_password","name":"db","instances":[{"attributes":{"id":"none","length":24,"result":"${label('terraform-random-password')}","special":true}}]}`,
        },
      ],
      noMatch: ['{"type":"random_password","name":"db","instances":[]}'],
    },
  },
  {
    id: 'terraform-variable-default',
    family: 'structured',
    description: 'the default of a Terraform variable named for a secret, on one line as a scanner or a plan quotes it: variable "db_password" { type = string default = "…" }',
    // Round 104 (tfsec's and pre-commit's reports). The name says what the default is; the rest
    // of the block (type, description, sensitive) stands between.
    regex: String.raw`\bvariable[ \t]+\\?"[A-Za-z0-9_-]*(?i:password|passwd|pass|pwd|secret|token|api_?key|private_?key|access_?key)s?\\?"[ \t]*\{[^{}\r\n]*?\bdefault[ \t]*=[ \t]*\\?"([^"\\\r\n]+)\\?"`,
    keywords: ['pass', 'secret', 'token', 'key'],
    anchor: String.raw`variable[ \t]+\\?"`,
    anchorInPass: false,
    // A token's or a password's shape: a default that is a path or a scope is a name
    // (`"kms_key_alias_for_secrets" { default = "alias/prod-secrets" }`; review of s42).
    tokenShape: true,
    examples: {
      match: [{ input: `variable "rds_master_password" { type = string  default = "${tfResult}" }`, output: `variable "rds_master_password" { type = string  default = "${label('terraform-variable-default')}" }` }],
      noMatch: ['variable "db_password" { type = string  default = "" }', 'variable "token_ttl" { default = "3600" }', 'variable "kms_key_alias_for_secrets" { default = "alias/prod-secrets-2024" }'],
    },
  },
];
