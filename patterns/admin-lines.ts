import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** A sampler of its own: examples here must not shift the samples of the files after this one. */
const sample = createSampler(2026120203);
const password = sample.password();

/** A value as a shell passes it: quoted to its quote, else to the next space; never the next flag. */
const ARG = String.raw`(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^- \t\r\n"'][^ \t\r\n"']*))`;
/** A word of a command line, quoted as MONITOR and JSON print it or bare. */
const WORD = String.raw`"?[^ \t\r\n">]+"?`;

/**
 * Credentials in the lines admins and their tools write, found by a red-team review (N11, N13).
 * Their keywords but `setuser` hold words the pass over every byte finds already
 * (`secret`, `pass`, `auth`).
 */
export const adminLineRules: readonly RuleSpec[] = [
  {
    id: 'redis-acl-password',
    family: 'command-line',
    description: "a Redis ACL user's password, >password, in ACL SETUSER as redis-cli and MONITOR print it",
    // A rule's words up to the first `>`: `on`, `~keys`, `+@all` in any order before it. Hashed
    // passwords (`#<sha256>`) and `nopass` stay. Not users.acl's `user app on >…` lines: files,
    // seldom logged (ACL LIST prints hashes), and a keyword for them (`on >`) was one literal too
    // many for the pass over every byte (RE2's DFA, five keys of a config's own).
    regex: String.raw`\b(?i:acl)"?[ \t]+"?(?i:setuser)"?[ \t]+${WORD}(?:[ \t]+${WORD})*?[ \t]+"?>([^ \t\r\n"]+)`,
    keywords: ['setuser'],
    examples: {
      match: [{ input: `ACL SETUSER app on >${password} ~* +@all`, output: `ACL SETUSER app on >${label('redis-acl-password')} ~* +@all` }],
      noMatch: ['user default on nopass ~* &* +@all', 'echo on > /sys/class/leds/led0/trigger'],
    },
  },
  {
    id: 'haproxy-password',
    family: 'command-line',
    description: "HAProxy's plain-text passwords: a userlist's user … insecure-password …, stats auth user:…",
    regex: String.raw`\binsecure-password[ \t]+([^ \t\r\n]+)|\bstats[ \t]+auth[ \t]+[^: \t\r\n]+:([^ \t\r\n]+)`,
    // Not `stats auth`: its words may be split by a tab.
    keywords: ['insecure-password', 'auth'],
    examples: {
      match: [{ input: `    stats auth admin:${password}`, output: `    stats auth admin:${label('haproxy-password')}` }],
      noMatch: ['    stats auth', '    user admin password $6$rounds=5000$abc$0123456789'],
    },
  },
  {
    id: 'sasl-plain-response',
    family: 'command-line',
    description: "a SASL PLAIN response (base64 of \\0user\\0password) in Dovecot's auth debug log: AUTH 1 PLAIN … resp=…",
    // The fields are tabs, or `\t` where the line was escaped on its way.
    regex: String.raw`\bAUTH(?:\t|\\t| )+[0-9]+(?:\t|\\t| )+PLAIN(?:\t|\\t| )[^\r\n]*?(?:\t|\\t| )resp=([A-Za-z0-9+/]{8,}={0,2})`,
    keywords: ['auth'],
    examples: {
      match: [
        {
          input: `dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tresp=${Buffer.from(`\0alice\0${password}`).toString('base64')}`,
          output: `dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tresp=${label('sasl-plain-response')}`,
        },
      ],
      noMatch: ['dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tresp=<hidden>'],
    },
  },
  {
    id: 'cli-secret-value',
    family: 'command-line',
    description:
      'a secret handed to a CLI that stores or uses it: az keyvault secret set --value, gh secret set -b/--body, dotnet user-secrets set <key> <value>, ZooKeeper addauth digest user:…',
    regex: [
      String.raw`\bkeyvault[ \t]+secret[ \t]+set\b[^\r\n]*?[ \t]--value(?:=|[ \t]+)${ARG}`,
      String.raw`\bgh[ \t]+secret[ \t]+set\b[^\r\n]*?[ \t](?:-b|--body)(?:=|[ \t]+)${ARG}`,
      String.raw`\buser-secrets[ \t]+set[ \t]+(?:"[^"\r\n]*"|'[^'\r\n]*'|[^ \t\r\n"']+)[ \t]+${ARG}`,
      String.raw`\baddauth[ \t]+digest[ \t]+[^: \t\r\n]+:([^ \t\r\n]+)`,
    ].join('|'),
    keywords: ['secret', 'addauth'],
    examples: {
      match: [{ input: `gh secret set DEPLOY_KEY --body "${password}"`, output: `gh secret set DEPLOY_KEY --body "${label('cli-secret-value')}"` }],
      noMatch: ['gh secret set DEPLOY_KEY < key.pem', 'influx bucket list -t $INFLUX_TOKEN'],
    },
  },
  {
    id: 'keystore-stdin-value',
    family: 'command-line',
    description: 'a secret setting fed to the Elastic stack\'s keystore tools on stdin: elasticsearch-keystore (kibana-, logstash-) add … <<< "…", echo/printf … | …-keystore add --stdin',
    // A `set -x` trace or a provisioning log prints the command with the value expanded.
    regex: [String.raw`\bkeystore[ \t]+add\b[^\r\n]*?<<<[ \t]*${ARG}`, String.raw`\b(?:echo(?:[ \t]+-n)?|printf[ \t]+(?:'%s'|"%s"))[ \t]+${ARG}[ \t]*\|[^|\r\n]*?keystore[ \t]+add\b`].join('|'),
    keywords: ['keystore'],
    examples: {
      match: [{ input: `bin/elasticsearch-keystore add -x xpack.security.http.ssl.keystore.secure_password <<< "${password}"`, output: `bin/elasticsearch-keystore add -x xpack.security.http.ssl.keystore.secure_password <<< "${label('keystore-stdin-value')}"` }],
      noMatch: ['bin/elasticsearch-keystore add -x bootstrap.password <<< "$ELASTIC_PASSWORD"', 'bin/elasticsearch-keystore list'],
    },
  },
  {
    id: 'powershell-parameter-binding',
    family: 'command-line',
    description: "a secret in PowerShell's module logging (event 4103): ParameterBinding(ConvertTo-SecureString): name=\"String\"; value=\"…\", or a parameter named for a password, secret, token or key",
    // review3, L8: the name and the value are two fields, and no key rule reads the pair.
    regex: String.raw`ParameterBinding\((?:ConvertTo-SecureString\): name="String"|[A-Za-z0-9-]+\): name="(?i:[a-z]*(?:password|passwd|secret|token|apikey|accesskey|key))"); value="([^"\r\n]+)"`,
    // Woken by literals the pass holds already (one of its own, `parameterbinding`, took it out of
    // RE2's DFA for two keys of a config's own); tier 1b runs it only where `ParameterBinding(` is.
    keywords: ['convertto-securestring', 'pass', 'secret', 'token', 'key'],
    anchor: String.raw`ParameterBinding\(`,
    anchorInPass: false,
    examples: {
      match: [{ input: `ParameterBinding(ConvertTo-SecureString): name="String"; value="${password}"`, output: `ParameterBinding(ConvertTo-SecureString): name="String"; value="${label('powershell-parameter-binding')}"` }],
      noMatch: ['ParameterBinding(ConvertTo-SecureString): name="AsPlainText"; value="True"', 'ParameterBinding(Get-Item): name="Path"; value="C:\\Windows"'],
    },
  },
];
