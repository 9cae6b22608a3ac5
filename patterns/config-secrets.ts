import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026113005);

/** Django's get_random_secret_key() alphabet. */
const DJANGO = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
const djangoKey = `django-insecure-${sample.from(DJANGO.replace(/[()]/g, ''), 50)}`;
const b64 = (text: string): string => Buffer.from(text).toString('base64');
const dbPassword = b64(sample.password());
/** Round 56's samples. */
const round56 = createSampler(2026120456);
const hivePassword = round56.password();
const esPassword = round56.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_*+=-', 20);
const esEnrollment = Buffer.from(JSON.stringify({ ver: '8.12.2', adr: ['10.0.0.5:9200'], fgr: round56.hex(64), key: `${round56.base64url(20)}:${round56.base64url(22)}` })).toString('base64');
const apiToken = b64(sample.alnum(32));
/** Laravel's APP_KEY: `base64:` and 32 random bytes. */
const laravelKey = `base64:${createSampler(2026120332).base64(43)}=`;
const neo4jPassword = createSampler(2026120334).password();
/** Maven's encrypted master password: base64 of 32 bytes. */
const mavenMaster = `${createSampler(2026120350).base64(43)}=`;
/** Active Record encryption's keys: `bin/rails db:encryption:init` prints 32 alphanumerics each. */
const railsKeys = createSampler(2026120401);
const [primaryKey, deterministicKey, derivationSalt] = [railsKeys.alnum(32), railsKeys.alnum(32), railsKeys.alnum(32)];
const artisanPassword = createSampler(2026120402).password();

/** A JSON string's body at either level: plain, or inside another JSON string (`\"…\"`). */
const Q = String.raw`\\?"`;
const KIND_SECRET = String.raw`${Q}kind${Q}[ \t]*:[ \t]*${Q}Secret${Q}`;
/**
 * `"data":{"first key":"` … `"}`: the group runs from the first value to the end of the last, and
 * the rule's kind (`object-values`) redacts each value in it, so every key stays and the object
 * stays valid JSON, at both levels. The group never ends on a backslash: the `\"` that closes an
 * inner string stays whole.
 */
const DATA = String.raw`${Q}(?:data|stringData)${Q}[ \t]*:[ \t]*\{[ \t]*${Q}[^"\\\n\r{}]*${Q}[ \t]*:[ \t]*${Q}([^{}\n\r]*[^{}\n\r\\])${Q}[ \t]*\}`;

/**
 * Docker config's `auth` key as each dump writes it (recall4): JSON `"auth":` (also inside a JSON
 * string), a Python repr `'auth':`, YAML `auth:`, TOML `auth =`, Go's `%+v` `Auth:`, Ruby's `"auth" =>`. Not a
 * longer key (`oauth:`, `x-auth:`, `author:`): a key character before or after it ends the match.
 */
const DOCKER_AUTH_KEY = String.raw`(?:^|[^A-Za-z0-9_.-])\\?["']?(?i:auth)\\?["']?[ \t]{0,4}(?:=>|[:=])`;
/**
 * Where a registry credential sits in `.npmrc` (`_auth=`, also as npm's environment variable
 * `npm_config__auth=`), `.yarnrc.yml` (`npmAuthIdent:`) and CI's `NPM_AUTH_IDENT=`.
 */
const NPM_AUTH_KEY = String.raw`(?i:_auth)[ \t]{0,4}=|(?i:npm_?auth_?ident)[ \t]{0,4}[:=]`;
/**
 * Standard base64 of printable ASCII (a `user:password`), with its padding, 12+ characters: each
 * group of four opens with the encoding of a byte 0x20–0x7e ([I-Za-f]) and one whose high nibble
 * is 2–7. This, not a token shape, tells `dXNlcjpwYXNz` (`user:pass`, no digit) from words under
 * `auth` (`basic`, `oauth2`, `AzureActiveDirectory`): a word rarely has that rhythm.
 */
const QUAD = '[I-Za-f][C-HS-Xi-nyz0-3]';
/**
 * The last group: one or two printable bytes and padding, or a printable text's closing newline,
 * as `echo user:password | base64` and an htpasswd file end (`…WAo=`, `…Cg==`; round 79).
 */
const B64_PAD = String.raw`${QUAD}[AEIMQUYcgkosw048]=|[I-Za-f][AQgw]==|${QUAD}[AEIMQUYcgkosw048]K|[I-Za-f][AQgw]o=|Cg==`;
const ASCII_B64 = String.raw`(?:${QUAD}[A-Za-z0-9+/]{2}){3,}(?:${B64_PAD})?|(?:${QUAD}[A-Za-z0-9+/]{2}){2}(?:${B64_PAD})`;
/**
 * Base64 with a digit, 9+ characters: a token put where a `user:password` goes (a registry's
 * identity token, a generated one). Only quoted, where the quote bounds it.
 */
const DIGIT_B64 = String.raw`[A-Za-z0-9+/]{8,}[0-9][A-Za-z0-9+/]*={0,2}|[A-Za-z0-9+/]*[0-9][A-Za-z0-9+/]{8,}={0,2}`;
/** npm's and yarn's credential keys, as `.npmrc`, `.yarnrc` and `config set` name them. */
const NPM_CREDENTIAL_KEY = String.raw`(?i:_auth(?:Token)?|_password|npmAuth(?:Token|Ident))`;
/**
 * The key of a registry credential given as a separate word: `npm|pnpm|yarn config set <key> <value>`
 * (or `<key>=<value>`), and yarn 1's `.yarnrc` line `"//host/:_authToken" "<value>"`, quoted.
 */
// Quotes may be escaped (a command line inside a JSON string): the value never holds a backslash.
const CONFIG_SET = String.raw`\b(?i:npm|pnpm|yarn)(?:\.cmd)?[ \t]+(?i:config)[ \t]+(?i:set)[ \t]+(?:\\?["'])?[^ \t\r\n"'=\\]*${NPM_CREDENTIAL_KEY}(?:\\?["'])?(?:[ \t]+|=)(?:\\?["'])?([^$ \t\r\n"'\\]+)`;
const YARNRC_LINE = String.raw`${NPM_CREDENTIAL_KEY}\\?["'][ \t]+\\?["']([^$"'\\ \t\r\n]+)\\?["']`;
/** Composer's auth.json: a token per host under `github-oauth`, `gitlab-oauth`, `gitlab-token`. */
const COMPOSER_TOKEN_KEY = String.raw`(?i:github-oauth|gitlab-oauth|gitlab-token)`;
const COMPOSER_TOKEN = String.raw`${Q}${COMPOSER_TOKEN_KEY}${Q}[ \t]*:[ \t]*\{[ \t]*${Q}[^"\\\r\n]+${Q}[ \t]*:[ \t]*${Q}([^"\\\r\n]+)${Q}`;
/** The same token as composer's command line sets it (`composer config -g --auth github-oauth.github.com <token>`; round 114). */
const COMPOSER_CONFIG = String.raw`\b(?i:composer)[ \t]+config[ \t][^\r\n]*?${COMPOSER_TOKEN_KEY}\.[A-Za-z0-9.-]+[ \t]+["']?([^ \t\r\n"']{8,})`;
/** What may follow a base64 value: not more of a longer word. */
const B64_END = String.raw`(?:[^A-Za-z0-9+/=_.-]|$)`;
const dockerAuth = b64(`ada:${sample.password()}`);
/** The base64 of `{"auths":` (kubectl's compact form) and of `{\n  "auths":` (docker's own). */
const DOCKER_CONFIG_B64 = ['eyJhdXRocyI6', 'ewogICJhdXRocyI6'];
const dockerConfig = b64(`{"auths":{"registry.example.com":{"auth":"${dockerAuth}"}}}`);

/**
 * Secrets by the structure that holds them rather than by their shape (issue 8, round 2):
 * Kubernetes Secret objects logged as JSON (an API response, an audit event, the
 * last-applied-configuration annotation), and framework secret keys in Python source lines that
 * the generic rules miss. Sources: gitleaks rules kubernetes-secret-yaml and django-insecure-secret-key;
 * Flask's configuration docs (app.secret_key, app.config['SECRET_KEY']).
 */
export const configSecretRules: readonly RuleSpec[] = [
  {
    id: 'kubernetes-secret-data',
    family: 'structured',
    description: 'the data / stringData values of a Kubernetes Secret logged as JSON (kind before or after data, also JSON inside a JSON string): each value goes, every key stays',
    kind: 'object-values',
    secretGroup: 1,
    regex: String.raw`${KIND_SECRET}[^\n\r]*?${DATA}|${DATA}[^\n\r]*?${KIND_SECRET}`,
    // Not `"secret`: a prefilter hit hides the keywords it overlaps, and `secret"` is sensitive-key's.
    keywords: ['kind'],
    examples: {
      match: [
        {
          input: `{"apiVersion":"v1","data":{"password":"${dbPassword}","username":"YWRtaW4="},"kind":"Secret","metadata":{"name":"db"},"type":"Opaque"}`,
          output: `{"apiVersion":"v1","data":{"password":"${label('kubernetes-secret-data')}","username":"${label('kubernetes-secret-data')}"},"kind":"Secret","metadata":{"name":"db"},"type":"Opaque"}`,
        },
        {
          input: `{"kind":"Secret","apiVersion":"v1","metadata":{"name":"api"},"data":{"token":"${apiToken}"}}`,
          output: `{"kind":"Secret","apiVersion":"v1","metadata":{"name":"api"},"data":{"token":"${label('kubernetes-secret-data')}"}}`,
        },
        {
          input: `{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\\"apiVersion\\":\\"v1\\",\\"data\\":{\\"tls.key\\":\\"${apiToken}\\",\\"tls.crt\\":\\"${dbPassword}\\"},\\"kind\\":\\"Secret\\"}"}}`,
          output: `{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\\"apiVersion\\":\\"v1\\",\\"data\\":{\\"tls.key\\":\\"${label('kubernetes-secret-data')}\\",\\"tls.crt\\":\\"${label('kubernetes-secret-data')}\\"},\\"kind\\":\\"Secret\\"}"}}`,
        },
      ],
      noMatch: [
        `{"apiVersion":"v1","data":{"LOG_LEVEL":"debug"},"kind":"ConfigMap"}`,
        `{"kind":"Secret","metadata":{"name":"db"},"type":"Opaque"}`,
        'secret "db" created',
      ],
    },
  },
  {
    id: 'framework-secret-key',
    family: 'generic',
    description: "Django's django-insecure- key anywhere; Flask's app.secret_key = …, app.config['SECRET_KEY'] = … and SECRET_KEY = b'…' (a bytes literal goes whole, b and quotes too)",
    regex: String.raw`${TOKEN_START}(django-insecure-(?:[A-Za-z0-9!@#$%^&*(_=+-]|\)[A-Za-z0-9!@#$%^&*(_=+-]){20,250})|(?:\bapp\.secret_key|\[[ \t]*["']SECRET_KEY["'][ \t]*\])[ \t]*=[ \t]*(?:"((?:[^"\\\n\r]|\\[^\n\r])+)"|'((?:[^'\\\n\r]|\\[^\n\r])+)')|(?:\b[A-Za-z0-9_.-]*(?i:secret_key)|\[[ \t]*["'](?i:secret_key)["'][ \t]*\])[ \t]*=[ \t]*(b"(?:[^"\\\n\r]|\\[^\n\r])+"|b'(?:[^'\\\n\r]|\\[^\n\r])+')`,
    // `app.secret` too: the prefilter reports it at `app.secret_key`, hiding the overlapping `secret_key`.
    keywords: ['django-insecure-', 'secret_key', 'app.secret'],
    examples: {
      match: [
        { input: `SECRET_KEY = "${djangoKey}"`, output: `SECRET_KEY = "${label('framework-secret-key')}"` },
        { input: `settings loaded (${djangoKey})`, output: `settings loaded (${label('framework-secret-key')})` },
        { input: `app.config['SECRET_KEY'] = '${sample.hex(24)}'`, output: `app.config['SECRET_KEY'] = '${label('framework-secret-key')}'` },
        { input: `app.secret_key = b'_5#y2L"F4Q8z\\n\\xec]/'`, output: `app.secret_key = ${label('framework-secret-key')}` },
        { input: `SECRET_KEY = b"${sample.base64(32)}"`, output: `SECRET_KEY = ${label('framework-secret-key')}` },
      ],
      noMatch: ['django-insecure-', "app.config['SECRET_KEY'] = os.environ['SECRET_KEY']", 'app.secret_key = None'],
    },
  },
  {
    id: 'registry-auth',
    family: 'structured',
    description: 'registry credentials in client config: Docker config.json "auth" (base64 of user:password) as JSON, a Python repr, YAML, TOML or Go %+v prints it, a base64 .dockerconfigjson, .npmrc _auth= (and npm_config__auth=), .yarnrc.yml npmAuthIdent, NPM_AUTH_IDENT=, npm/pnpm/yarn config set <credential key> <value>, a .yarnrc "//host/:_authToken" "…" line, composer github-oauth/gitlab-oauth/gitlab-token in auth.json and on the command line of composer config',
    // Recall round 3: these are user:password, encoded, under keys too short or too general for
    // the key rules (`auth`). A config.json "auth" is base64 that looks random; `"auth":"basic"`
    // and `"auth":"none"` stay. Docker's is also the payload of a Kubernetes dockerconfigjson Secret.
    // Recall4: the value is known by its base64 rhythm (`ASCII_B64`), not by a token shape, which
    // wanted a digit and let `user:pass`'s own `dXNlcjpwYXNz` through; so the key may be any dump's.
    regex: [
      String.raw`${DOCKER_AUTH_KEY}[ \t]{0,4}(?:(?:\\?["'])?(${ASCII_B64})${B64_END}|\\?["'](${DIGIT_B64})\\?["'])`,
      String.raw`(?:^|[^A-Za-z0-9_]|(?i:npm_config_))(?:${NPM_AUTH_KEY})[ \t]{0,4}["']?(?:(${ASCII_B64})${B64_END}|(${DIGIT_B64})${B64_END}|([^$"' \t\r\n:]+:[^"' \t\r\n]+))`,
      String.raw`${TOKEN_START}((?:${DOCKER_CONFIG_B64.join('|')})[A-Za-z0-9+/]{16,}={0,2})`,
      CONFIG_SET,
      YARNRC_LINE,
      COMPOSER_TOKEN,
      COMPOSER_CONFIG,
    ].join('|'),
    // Literals in the pass over every byte, the anchor on the lines they wake: an anchor of
    // `"auth"` or `_auth=` with a space loop put that pass past RE2's DFA budget (the compile guard
    // test took 1.3 s instead of 20 ms). Its counted spaces keep it out of the pass. `auth` is
    // vendor-keyed-secret's keyword already, so the pass wakes on no line it did not before.
    // `_password` and `gitlab-token` are subsumed by vendor-keyed-secret's `pass` and `token` too.
    keywords: ['auth', '_password', 'gitlab-token', ...DOCKER_CONFIG_B64.map((p) => p.toLowerCase())],
    anchor: String.raw`${DOCKER_AUTH_KEY}|${NPM_AUTH_KEY}|${DOCKER_CONFIG_B64.join('|')}|(?i:config)[ \t]+(?i:set)[ \t]+[^ \t\r\n=]*${NPM_CREDENTIAL_KEY}|${NPM_CREDENTIAL_KEY}\\?["'][ \t]|${COMPOSER_TOKEN_KEY}`,
    examples: {
      match: [
        { input: `{"auths":{"https://index.docker.io/v1/":{"auth":"${dockerAuth}"}}}`, output: `{"auths":{"https://index.docker.io/v1/":{"auth":"${label('registry-auth')}"}}}` },
        { input: `        "auth": "${dockerAuth}",`, output: `        "auth": "${label('registry-auth')}",` },
        { input: `{"msg":"wrote {\"auths\":{\"reg.io\":{\"auth\":\"${dockerAuth}\"}}}"}`, output: `{"msg":"wrote {\"auths\":{\"reg.io\":{\"auth\":\"${label('registry-auth')}\"}}}"}` },
        { input: `  .dockerconfigjson: ${dockerConfig}`, output: `  .dockerconfigjson: ${label('registry-auth')}` },
        { input: `_auth=${dockerAuth}`, output: `_auth=${label('registry-auth')}` },
        { input: `//registry.example.com/:_auth = "${dockerAuth}"`, output: `//registry.example.com/:_auth = "${label('registry-auth')}"` },
        { input: `npmAuthIdent: "ada:${sample.password()}"`, output: `npmAuthIdent: "${label('registry-auth')}"` },
        // Recall4: the same Docker auth as other dumps print it, and npm's environment forms.
        { input: `{'auths': {'reg.io': {'auth': '${dockerAuth}'}}}`, output: `{'auths': {'reg.io': {'auth': '${label('registry-auth')}'}}}` },
        { input: `    auth: ${dockerAuth}`, output: `    auth: ${label('registry-auth')}` },
        { input: `auth: "${b64('ada:pass')}"`, output: `auth: "${label('registry-auth')}"` },
        { input: `{Username:ada Auth:${dockerAuth} ServerAddress:reg.io}`, output: `{Username:ada Auth:${label('registry-auth')} ServerAddress:reg.io}` },
        { input: `"auth" => "${dockerAuth}"`, output: `"auth" => "${label('registry-auth')}"` },
        { input: `npm_config__auth=${dockerAuth}`, output: `npm_config__auth=${label('registry-auth')}` },
        { input: `NPM_AUTH_IDENT=${dockerAuth}`, output: `NPM_AUTH_IDENT=${label('registry-auth')}` },
        { input: `[auths."reg.io"] auth = "${dockerAuth}"`, output: `[auths."reg.io"] auth = "${label('registry-auth')}"` },
        { input: `npm config set //registry.example.com/:_authToken ${apiToken}`, output: `npm config set //registry.example.com/:_authToken ${label('registry-auth')}` },
        { input: `npm config set "//registry.example.com/:_authToken" "${apiToken}"`, output: `npm config set "//registry.example.com/:_authToken" "${label('registry-auth')}"` },
        { input: `yarn config set npmAuthToken "${apiToken}"`, output: `yarn config set npmAuthToken "${label('registry-auth')}"` },
        { input: `"//registry.example.com/:_authToken" "${apiToken}"`, output: `"//registry.example.com/:_authToken" "${label('registry-auth')}"` },
        { input: `COMPOSER_AUTH={"github-oauth":{"github.com":"${apiToken}"}}`, output: `COMPOSER_AUTH={"github-oauth":{"github.com":"${label('registry-auth')}"}}` },
        { input: `composer config --global --auth github-oauth.github.com ${sample.hex(40)}`, output: `composer config --global --auth github-oauth.github.com ${label('registry-auth')}` },
      ],
      noMatch: [
        '{"auth":"basic","user":"ada"}',
        '{"auth":"none"}',
        '{"auth":"oauth2-client-credentials"}',
        'is_auth=true',
        '_authToken=${NPM_TOKEN}',
        '{"auth":"${REGISTRY_AUTH}"}',
        'auth: true',
        'auth: none',
        '"auth": "basic"',
        'auth: oauth2',
        'author: Jane',
        "'auth': 'token'",
        'auth: AzureActiveDirectory',
        'oauth: dXNlcjpwYXNzd29yZA',
        'x-auth: required',
        'auth: sasl_scram_sha256',
        'auth: disabled',
        '_auth=${NPM_AUTH}',
        'npm config set registry https://registry.example.com/',
        'npm config set //registry.example.com/:_authToken ${NPM_TOKEN}',
        'npm config set //registry.example.com/:_authToken $NPM_TOKEN',
        'auth = "none"',
      ],
    },
  },
  {
    id: 'netrc-password-line',
    family: 'generic',
    description: 'a .netrc password on a line of its own (password <value> under a machine/login line), when the value holds a digit or a symbol',
    // The key and its value, alone on their line, separated by spaces: .netrc's layout, and
    // rare in prose, which goes on after the word (`password changed for ada`). A letters-only
    // value (`password required`) stays.
    // Spaces only: a tab after the key is a tab-separated dump, secret-field's.
    // `password` only, .netrc's token (`passwd user1` is a command line); not a flag (`password -l`),
    // and with some entropy (`password 5` is a count, review3).
    // Quoted, as .netrc allows and a statement writes it (`password "…";`), the quotes stay.
    regex: String.raw`^[ \t]*(?i:password) +(?:"([^"\\\r\n]+)";?|([^- \t\r\n][^ \t\r\n]*[0-9!#$%&*+,.:;<=>?@^_~/\\-][^ \t\r\n]*|[0-9!#$%&*+,.:;<=>?@^_~/\\][^ \t\r\n]*))[ \t]*\r?$`,
    keywords: ['password'],
    minEntropy: 2,
    examples: {
      match: [
        { input: `  password ${sample.password()}`, output: `  password ${label('netrc-password-line')}` },
        { input: `password ${sample.alnum(12)}7`, output: `password ${label('netrc-password-line')}` },
      ],
      noMatch: ['  password required', 'password changed for ada', 'Failed password for root from 10.0.0.1 port 22 ssh2', 'password', '  password $NETRC_PASSWORD', 'password 5', 'passwd -l', 'passwd user1', 'password -l'],
    },
  },
  {
    id: 'laravel-app-key',
    family: 'config',
    description: "Laravel's application key (base64: and 32 bytes) under `key` as config('app') prints it: print_r's [key] => …, var_export's 'key' => '…', JSON's \"key\":\"…\", artisan config:show's key ..... …",
    // Round 30: `config('app') = Array ( … [key] => base64:… [cipher] => AES-256-CBC )`. It
    // decrypts every cookie and signed URL of the app. APP_KEY= is strict-secret-assignment's;
    // `key` alone is no secret's name, the `base64:` of 32 bytes after it is Laravel's.
    // Or after the dotted leader of `php artisan config:show app` (round 53).
    // And as artisan takes it (`php artisan env:decrypt --key=base64:…`; round 68).
    regex: String.raw`(?:^|[^A-Za-z0-9_.-]|[ \t]--)\\*[\["']?(?i:key)\\*["']?\]?[ \t]*(?:=>|[:=]|\.{2,})[ \t]*\\*["']?(base64:[A-Za-z0-9+/]{43}=)`,
    keywords: ['key'],
    examples: {
      match: [
        { input: `config('app') = Array ( [name] => Acme [key] => ${laravelKey} [cipher] => AES-256-CBC )`, output: `config('app') = Array ( [name] => Acme [key] => ${label('laravel-app-key')} [cipher] => AES-256-CBC )` },
        { input: `{"app":{"name":"Acme","key":"${laravelKey}","cipher":"AES-256-CBC"}}`, output: `{"app":{"name":"Acme","key":"${label('laravel-app-key')}","cipher":"AES-256-CBC"}}` },
      ],
      noMatch: ['[key] => base64:short', '[cache_key] => base64:abc', `[monkey] => base64:${'A'.repeat(43)}=`],
    },
  },
  {
    id: 'neo4j-auth',
    family: 'config',
    description: "the password in Neo4j's NEO4J_AUTH=<user>/<password>, as its Docker image reads it and env dumps print it",
    // Round 34. The user before the slash stays; `none` turns auth off and is no password. Tier
    // 1b only: `auth` is in the pass already.
    regex: String.raw`\b(?i:neo4j_auth)\\*["']?[ \t]*[=:][ \t]*\\*["']?[A-Za-z0-9_.@-]+/([^ \t\r\n"'\\,;]+)`,
    keywords: ['auth'],
    anchor: String.raw`(?i:neo4j_auth)`,
    anchorInPass: false,
    examples: {
      match: [{ input: `Changed password for user 'neo4j'. NEO4J_AUTH=neo4j/${neo4jPassword}`, output: `Changed password for user 'neo4j'. NEO4J_AUTH=neo4j/${label('neo4j-auth')}` }],
      noMatch: ['NEO4J_AUTH=none'],
    },
  },
  {
    id: 'maven-master-password',
    family: 'config',
    description: "Maven's master password in settings-security.xml (<master>{…}</master>), which decrypts every server password of settings.xml",
    // Round 50. Between the braces, after any note Maven allows before them (`Reset 2024-03-01 {…}`);
    // the braces and the note stay. A `<master>` without braces (a branch, a relocation) is none.
    regex: String.raw`<master>[^<{\r\n]*\{([A-Za-z0-9+/]{8,}={0,2})\}[^<\r\n]*</master>`,
    keywords: ['<master>'],
    examples: {
      match: [{ input: `  <master>{${mavenMaster}}</master>`, output: `  <master>{${label('maven-master-password')}}</master>` }],
      noMatch: ['<master>main</master>', '<master>${env.MAVEN_MASTER}</master>'],
    },
  },
  {
    id: 'rails-encryption-key',
    family: 'config',
    description: "Active Record encryption's keys (deterministic_key, key_derivation_salt; primary_key under active_record_encryption), which decrypt every encrypted column",
    // Round 53 (a Ruby 3.4 Hash#inspect of Rails.application.credentials). `primary_key` alone
    // names a table's key column, so only under `active_record_encryption` on its line: nested
    // (`active_record_encryption: {primary_key: …}`, JSON) or flattened (ENV, dotted config).
    regex: String.raw`\b(?i:(?:active_?record[_.]encryption[_.])?(?:deterministic_key|key_derivation_salt)|active_?record[_.]encryption[_.]primary_key|active_record_encryption\\*["']?[ \t]*(?::|=>)[ \t]*\{[^{}\r\n]*?\bprimary_key)\\*["']?[ \t]*(?:=>|[:=])[ \t]*\\*["']?([A-Za-z0-9+/_-]{16,}={0,2})|^[ \t]*primary_key:[ \t]+([A-Za-z0-9]{32})[ \t]*$`,
    // And as `bin/rails db:encryption:init` prints it, a YAML line of its own under the
    // `active_record_encryption:` line before it (round 72): 32 letters and digits, which no
    // column name is. `key` is in the pass already.
    keywords: ['key'],
    anchor: String.raw`(?i:deterministic_key|key_derivation_salt|encryption[_.]primary_key|active_record_encryption)|^[ \t]*primary_key:`,
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [
        {
          input: `credentials: {active_record_encryption: {primary_key: "${primaryKey}", deterministic_key: "${deterministicKey}", key_derivation_salt: "${derivationSalt}"}}`,
          output: `credentials: {active_record_encryption: {primary_key: "${label('rails-encryption-key')}", deterministic_key: "${label('rails-encryption-key')}", key_derivation_salt: "${label('rails-encryption-key')}"}}`,
        },
        { input: `ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=${primaryKey}`, output: `ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=${label('rails-encryption-key')}` },
        { input: `config.active_record.encryption.primary_key = "${primaryKey}"`, output: `config.active_record.encryption.primary_key = "${label('rails-encryption-key')}"` },
        { input: `{"active_record_encryption":{"primary_key":"${primaryKey}"}}`, output: `{"active_record_encryption":{"primary_key":"${label('rails-encryption-key')}"}}` },
        { input: `  deterministic_key: ${deterministicKey}`, output: `  deterministic_key: ${label('rails-encryption-key')}` },
      ],
      noMatch: ['{"table":"orders","primary_key":"order_id","rows":120}', 'add_index :users, :email, unique: true, primary_key: "uuid"', 'deterministic_key: ENV["AR_DETERMINISTIC_KEY"]', 'config.active_record.encryption.support_unencrypted_data = true'],
    },
  },
  {
    id: 'artisan-config-secret',
    family: 'config',
    description: "a password, secret or token as php artisan config:show prints it, after a leader of dots: mailers.smtp.password ...... …, mailers ⇁ smtp ⇁ password ...... …, Client secret ...... …",
    // Round 55. Only a key that ends in the word: `password_timeout ..... 10800` names a setting,
    // and a bare `key` is Pusher's public one as often as a secret (Laravel's app key is laravel-app-key's).
    // Round 68: a label in words, as other artisan commands print theirs (`passport:client`'s
    // `Client secret ....... …`), in a row a log joined with `|`.
    regex: String.raw`(?:^|\|)[ \t]*(?:[A-Za-z0-9_-]+(?:\.|[ \t]+⇁[ \t]+|[ \t]))*[A-Za-z0-9_-]*(?i:password|passwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key)[ \t]+\.{3,}[ \t]+([^ \t\r\n|]+)[ \t]*(?:$|\|)`,
    keywords: ['pass', 'secret', 'token', 'key'],
    anchor: String.raw`(?i:password|passwd|secret|token|key)[ \t]+\.{3,}[ \t]`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `  mailers.smtp.password ...... ${artisanPassword}`, output: `  mailers.smtp.password ...... ${label('artisan-config-secret')}` },
        { input: `  mailers ⇁ smtp ⇁ password ...... ${artisanPassword}  `, output: `  mailers ⇁ smtp ⇁ password ...... ${label('artisan-config-secret')}  ` },
      ],
      noMatch: ['  auth.password_timeout ...... 10800', '  broadcasting.connections.pusher.key ...... app-key', '  mailers.smtp.password ...... null'],
    },
  },
  {
    id: 'hadoop-property-secret',
    family: 'config',
    description: "a secret in Hadoop's XML configuration (core-site.xml, hive-site.xml, a /conf dump): <name>…password|secret|account.key|credential…</name><value>…</value>; an access key's id stays",
    // Round 56 (a Hive metastore's ConnectionPassword, an Azure storage account key in core-site.xml).
    // Also as Wowza's Application.xml writes a property, its tags capitalised (`<Property><Name>
    // secureTokenSharedSecret</Name><Value>…</Value>`; round 86).
    regex: String.raw`<(?i:name)>[ \t]*[A-Za-z0-9_.-]*(?i:password|passwd|secret|account\.key|credential)[A-Za-z0-9_.-]*[ \t]*</(?i:name)>[ \t]*<(?i:value)>[ \t]*([^<\r\n]+?)[ \t]*</(?i:value)>`,
    keywords: ['</name>'],
    examples: {
      match: [{ input: `<property><name>javax.jdo.option.ConnectionPassword</name><value>${hivePassword}</value></property>`, output: `<property><name>javax.jdo.option.ConnectionPassword</name><value>${label('hadoop-property-secret')}</value></property>` }],
      noMatch: ['<property><name>fs.s3a.access.key</name><value>AKIAIOSFODNN7EXAMPLE</value></property>', '<property><name>hadoop.security.credential.provider.path</name><value>${HADOOP_CREDSTORE}</value></property>'],
    },
  },
  {
    id: 'elasticsearch-generated-secret',
    family: 'vendor',
    description: "what Elasticsearch's tools generate and print once: elasticsearch-reset-password's New value: …, an enrollment token (base64 of {\"ver\":\"8…\", … \"key\": an API key)",
    // Round 56. The reset tool prints the password alone after `New value:`.
    regex: String.raw`^[ \t]*New value: ([^ \t\r\n]{12,})[ \t]*\r?$|${TOKEN_START}(eyJ2ZXIiOiI[A-Za-z0-9+/]{60,}={0,2})`,
    keywords: ['new value:', 'eyj2zxiioii'],
    tokenShape: true,
    minEntropy: 3,
    examples: {
      match: [
        { input: `New value: ${esPassword}`, output: `New value: ${label('elasticsearch-generated-secret')}` },
        { input: `  ${esEnrollment}`, output: `  ${label('elasticsearch-generated-secret')}` },
      ],
      noMatch: ['New value: 30s', 'setting [indices.recovery.max_bytes_per_sec] New value: 100mb'],
    },
  },
];
