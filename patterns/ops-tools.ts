import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120459);

const outputValue = sample.base64(64);
const echoed = sample.alnum(28);
const registryPassword = sample.alnum(18);
/** 33 bytes, 44 characters without padding, as Vault's Shamir shares are. */
const unsealKey = sample.base64(44);
const gossipKey = sample.base64(43) + '=';
const redisPassword = sample.alnum(26);
const couchbasePassword = `${sample.alnum(8)}.${sample.alnum(6)}`;
const sessionCookie = `MTcx${sample.base64url(120)}`;
const authToken = sample.alnum(40);
const rememberMe = Buffer.from(`jane@example.com:1713998948518:SHA256:${sample.hex(64)}`).toString('base64').replace(/=+$/, '');
const resetToken = `${sample.from('0123456789abcdefghijklmnopqrstuvwxyz', 6)}-${sample.hex(32)}`;
const confluentKey = sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16);
const confluentSecret = sample.base64(64);
const shovelPassword = `${sample.alnum(8)}!${sample.alnum(3)}`;
const pulsarKey = `${sample.base64(43)}=`;
const scramKey = sample.base64(88);
const s38 = createSampler(2026120438);
const ciPassword = `${s38.alnum(6)}!${s38.alnum(5)}`;
const superToken = s38.from('0123456789', 19);
const totpSeed = s38.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);

/** A file's name that says it holds a secret (`.vault_pass`, `/run/secrets/db_password`, `token.txt`). */
const SECRET_FILE = String.raw`[^ \t\r\n;&|]*(?i:pass|secret|token|key|pwd|cred)[^ \t\r\n;&|]*`;

/**
 * Rounds 59 and 60 (CI, infrastructure tools, data stores, blind): secrets that tools print under
 * names of their own, or hand to another tool, with no key of the vocabulary before them.
 */
export const opsToolRules: readonly RuleSpec[] = [
  {
    id: 'terraform-sensitive-output',
    family: 'generic',
    description: 'a string output that Terraform marks sensitive, as `terraform output -json` prints it: {"db_password":{"sensitive":true,"type":"string","value":"…"}}',
    // The output's name may be anything (`storage_primary_key`, `conn`): `sensitive` says it.
    regex: String.raw`"sensitive":[ \t]*true,[ \t]*"type":[ \t]*"string",[ \t]*"value":[ \t]*"((?:[^"\\\r\n]|\\.)+)"`,
    keywords: ['sensitive":'],
    examples: {
      match: [{ input: `{"storage_primary_key":{"sensitive":true,"type":"string","value":"${outputValue}"}}`, output: `{"storage_primary_key":{"sensitive":true,"type":"string","value":"${label('terraform-sensitive-output')}"}}` }],
      noMatch: ['{"bucket":{"sensitive":false,"type":"string","value":"logs-eu-1"}}'],
    },
  },
  {
    id: 'echo-into-secret-file',
    family: 'generic',
    description: "a value a shell trace writes into a file whose name says it holds a secret: + echo '…' > .vault_pass, printf '%s' … | tee /run/secrets/db_password",
    regex: String.raw`\b(?:echo|printf)[ \t]+(?:-[neE]+[ \t]+)?(?:'%s(?:\\n)?'[ \t]+)?(?:'([^'\r\n]+)'|"([^"$\r\n]+)"|([^ \t\r\n'"|>$;&]+))[ \t]*(?:\|[ \t]*(?:sudo[ \t]+)?tee[ \t]+(?:-a[ \t]+)?|>>?[ \t]*)${SECRET_FILE}`,
    keywords: ['pass', 'secret', 'token', 'key', 'pwd', 'cred'],
    anchor: String.raw`(?:>|tee[ \t])[ \t]*[^ \t]*(?i:pass|secret|token|key|pwd|cred)`,
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [{ input: `+ echo '${echoed}' > .vault_pass && ansible-playbook --vault-password-file .vault_pass deploy.yml`, output: `+ echo '${label('echo-into-secret-file')}' > .vault_pass && ansible-playbook --vault-password-file .vault_pass deploy.yml` }],
      noMatch: ['+ echo "$VAULT_PASS" > .vault_pass', 'echo done > /tmp/token.log', "echo '' > ~/.git-credentials"],
    },
  },
  {
    id: 'registry-creds-flag',
    family: 'generic',
    description: "the password of a registry's user:password flag: crictl pull --creds user:…, skopeo copy --src-creds user:… --dest-creds user:…, podman login --creds",
    // The user may be quoted alone, as a Harbor robot's `$` and `+` make a shell want (`'robot$ci+push':…`; round 74).
    regex: String.raw`(?:^|[ \t])--(?:src-|dest-)?creds[= ]+(?:\\?["']?[^: \t\r\n"']+|'[^'\r\n:]+'|"[^"\r\n:]+"):([^ \t\r\n"']+)`,
    keywords: ['-creds'],
    examples: {
      match: [{ input: `+ crictl pull --creds puller:${registryPassword} registry.acme.io/base/ubuntu:22.04`, output: `+ crictl pull --creds puller:${label('registry-creds-flag')} registry.acme.io/base/ubuntu:22.04` }],
      noMatch: ['skopeo copy --src-creds "$SRC_USER:$SRC_PASS" docker://a docker://b', 'crictl pull --creds'],
    },
  },
  {
    id: 'vault-unseal-key',
    family: 'private-key',
    description: "a Vault unseal or recovery key: as `vault operator unseal` takes it, or in `vault operator init -format=json`'s \"unseal_keys_b64\":[…] and \"recovery_keys_hex\":[…]",
    regex: String.raw`\bvault operator unseal[ \t]+(?:-[a-z-]+(?:=[^ \t\r\n]+)?[ \t]+)*([A-Za-z0-9+/]{43,44}={0,2}|[0-9a-f]{64,66})|(?i:unseal|recovery)_keys_(?:b64|hex)\\?"[ \t]*:[ \t]*\[[ \t]*\\?"([^\]\r\n]+?)\\?"[ \t]*\]`,
    keywords: ['operator unseal', 'keys_b64', 'keys_hex'],
    examples: {
      match: [
        { input: `+ vault operator unseal ${unsealKey}`, output: `+ vault operator unseal ${label('vault-unseal-key')}` },
        { input: `{"unseal_keys_b64":["${unsealKey}"],"unseal_shares":1}`, output: `{"unseal_keys_b64":["${label('vault-unseal-key')}"],"unseal_shares":1}` },
      ],
      noMatch: ['{"unseal_keys_b64":[],"unseal_shares":1}', 'vault operator unseal -status'],
    },
  },
  {
    id: 'auth-token-flag',
    family: 'generic',
    description: "a token after an --auth or --auth-token flag, as a server's or a CLI's arguments are logged: nats-server … --auth …, redis-cli --auth-token …",
    regex: String.raw`(?:^|[ \t"'])--auth(?:[_-]token)?(?:[ \t]+|=)\\?["']?([A-Za-z0-9_+/=.-]{16,})`,
    keywords: ['--auth'],
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [{ input: `nats-server[1]: starting with args -js -sd /data --auth ${authToken}`, output: `nats-server[1]: starting with args -js -sd /data --auth ${label('auth-token-flag')}` }],
      noMatch: ['kubectl config set-credentials --auth-provider=oidc', 'git push --auth-method password'],
    },
  },
  {
    id: 'spring-remember-me',
    family: 'session',
    description: "a remember-me cookie as Spring Security's debug log prints it: Remember-me cookie detected: …",
    regex: String.raw`(?i:remember-me cookie)(?:[ \t]+(?i:detected|accepted|value))?:?[ \t]+'?([A-Za-z0-9+/_%=-]{20,})`,
    keywords: ['remember-me cookie'],
    examples: {
      match: [{ input: `o.s.s.w.a.r.TokenBasedRememberMeServices  : Remember-me cookie detected: ${rememberMe}`, output: `o.s.s.w.a.r.TokenBasedRememberMeServices  : Remember-me cookie detected: ${label('spring-remember-me')}` }],
      noMatch: ['Remember-me cookie detected: cancelled'],
    },
  },
  {
    id: 'gossip-encryption-key',
    family: 'private-key',
    description: "Consul's and Nomad's gossip encryption key (base64 of 16 or 32 bytes): encrypt = \"…\", -encrypt=…, \"encrypt\": \"…\", keyring -install=… and keyring install …",
    // And as the keyring commands take it (`consul keyring -install=…`, `nomad operator gossip
    // keyring install …`; round 74), their flags between.
    regex: String.raw`(?:^|[^A-Za-z0-9_-])-?(?i:encrypt)(?:[_-]key)?\\?["']?[ \t]*[=:][ \t]*\\?["']?([A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{43}=)|\bkeyring[ \t]+(?:-(?:install|use|remove)=|(?:install|use|remove)(?:[ \t]+-[^ \t\r\n]+)*[ \t]+)["']?([A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{43}=)`,
    keywords: ['encrypt', 'keyring'],
    examples: {
      match: [{ input: `encrypt = "${gossipKey}"`, output: `encrypt = "${label('gossip-encryption-key')}"` }],
      noMatch: ['encrypt = true', 'encrypt_verify_incoming = true'],
    },
  },
  {
    id: 'ceph-key',
    family: 'private-key',
    description: "a Ceph auth key (base64 of 28 bytes, from AQ) after key = or key:, as a keyring file, ceph auth get and Rook's toolbox print it",
    // Round 74. A bare `key` names no secret; Ceph's keys have a fixed header (type 1, `AQ`) and length.
    // Also under a key that ends in one (ceph-csi's `userKey:`, `adminKey:`; round 86).
    regex: String.raw`(?i:key)\\?["']?[ \t]*[=:][ \t]*\\?["']?(AQ[A-Za-z0-9+/]{36}==)`,
    keywords: ['key'],
    examples: {
      match: [{ input: `[client.admin]\tkey = AQ${sample.base64(36).slice(0, 36)}==`, output: `[client.admin]\tkey = ${label('ceph-key')}` }],
      noMatch: ['key = AQ==', 'partition key = AQUA-12'],
    },
  },
  {
    id: 'confluent-api-key-store',
    family: 'command-line',
    description: "an API secret the Confluent CLI stores after its key: confluent api-key store <key> <secret> --resource …",
    // Round 77. The key (16 capitals and digits) is an id; the secret, 64 of base64, follows it.
    regex: String.raw`\bconfluent[ \t]+api-key[ \t]+store[ \t]+(?:--[a-z-]+(?:=[^ \t\r\n]+)?[ \t]+)*[A-Za-z0-9]{8,}[ \t]+(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^ \t\r\n"'-][^ \t\r\n]*))`,
    // `api-key` is in the pass already (the header's name); a space in a keyword misses a tab.
    keywords: ['api-key'],
    examples: {
      match: [{ input: `$ confluent api-key store ${confluentKey} ${confluentSecret} --resource lkc-t49bp`, output: `$ confluent api-key store ${confluentKey} ${label('confluent-api-key-store')} --resource lkc-t49bp` }],
      noMatch: ['$ confluent api-key store --help', `confluent api-key store ${confluentKey} - --resource lkc-t49bp`],
    },
  },
  {
    id: 'amqp-params-password',
    family: 'generic',
    description: "the password of an Erlang AMQP client's connection record as RabbitMQ's crash reports print it: {amqp_params_network,<<\"user\">>,<<\"…\">>,…} (shovels, federation links)",
    // Round 77: the record's fields are positional, the user first, the password second.
    regex: String.raw`\{amqp_params_(?:network|direct),<<"[^"\r\n]*">>,<<"([^"\r\n]+)">>`,
    keywords: ['amqp_params_'],
    examples: {
      match: [{ input: `params: {amqp_params_network,<<"shovel">>,<<"${shovelPassword}">>,<<"/">>,"mq-dr.example.net",5671,2047,0,10,infinity,none,[],[],[]}`, output: `params: {amqp_params_network,<<"shovel">>,<<"${label('amqp-params-password')}">>,<<"/">>,"mq-dr.example.net",5671,2047,0,10,infinity,none,[],[],[]}` }],
      noMatch: ['params: {amqp_params_network,<<"guest">>,<<>>,<<"/">>}'],
    },
  },
  {
    id: 'secret-key-data-uri',
    family: 'private-key',
    description: "a secret key given as a data URI under a secret key's name: Pulsar's tokenSecretKey=data:;base64,…",
    // Round 77: the key rules stop the value at its `;`, and `data:` alone is no secret.
    regex: String.raw`(?i:secret[_.-]?key)\\?["']?[ \t]*[=:][ \t]*\\?["']?data:[^,; \t\r\n]*;base64,([A-Za-z0-9+/]{16,}={0,2})`,
    // Tier 1b only: the key holds `secret`, which the pass finds.
    keywords: ['secret'],
    anchor: String.raw`data:[^,; \t\r\n]*;base64,`,
    anchorInPass: false,
    examples: {
      match: [{ input: `tokenSecretKey=data:;base64,${pulsarKey}`, output: `tokenSecretKey=data:;base64,${label('secret-key-data-uri')}` }],
      noMatch: [`tokenPublicKey=data:;base64,${pulsarKey}`],
    },
  },
  {
    id: 'scram-keys',
    family: 'password-hash',
    description: "a SCRAM verifier's StoredKey and ServerKey (Kafka's SCRAM credentials in ZooKeeper, Prosody's accounts): stored_key=…, server_key=…, [\"stored_key\"] = \"…\"",
    // Rounds 77 and 69: with the salt beside them a dictionary cracks the password offline, and
    // the ServerKey lets one pose as the server.
    regex: String.raw`\b(?i:stored|server)_key\\?["']?\]?[ \t]*[=:][ \t]*\\?["']?([A-Za-z0-9+/]{20,}={0,2})`,
    // Tier 1b only: woken by `key`, which the pass finds.
    keywords: ['key'],
    anchor: String.raw`(?i:stored|server)_key`,
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [
        { input: `{"SCRAM-SHA-512":"salt=A+fJ0EAb2FI66qAihqAfbhD9u+g=,stored_key=${scramKey},server_key=${scramKey},iterations=4096"}`, output: `{"SCRAM-SHA-512":"salt=A+fJ0EAb2FI66qAihqAfbhD9u+g=,stored_key=${label('scram-keys')},server_key=${label('scram-keys')},iterations=4096"}` },
        { input: `return { ["iteration_count"] = 10000; ["stored_key"] = "${scramKey}"; }`, output: `return { ["iteration_count"] = 10000; ["stored_key"] = "${label('scram-keys')}"; }` },
      ],
      noMatch: ['server_key=redis-primary', 'stored_key=null'],
    },
  },
  {
    id: 'sbt-credentials',
    family: 'config',
    description: "the password of sbt's Credentials(realm, host, user, password), as build.sbt and its logs print it",
    // Round 81: the password is the fourth argument.
    regex: String.raw`\bCredentials\([ \t]*"[^"\r\n]*"[ \t]*,[ \t]*"[^"\r\n]*"[ \t]*,[ \t]*"[^"\r\n]*"[ \t]*,[ \t]*"([^"\r\n]+)"[ \t]*\)`,
    // `Credentials(` holds `cred`, which the pass finds already.
    keywords: ['credentials('],
    examples: {
      match: [{ input: `credentials += Credentials("Sonatype Nexus Repository Manager", "s01.oss.sonatype.org", "acme-release", "${ciPassword}")`, output: `credentials += Credentials("Sonatype Nexus Repository Manager", "s01.oss.sonatype.org", "acme-release", "${label('sbt-credentials')}")` }],
      noMatch: ['credentials += Credentials(Path.userHome / ".sbt" / ".credentials")'],
    },
  },
  {
    id: 'teamcity-super-user-token',
    family: 'generic',
    description: "the token TeamCity's server prints at each start for its super user: Super user authentication token: … (use empty username with the token as the password …)",
    // Round 81: digits only, so no token rule takes it by its shape.
    regex: String.raw`\b(?i:super user authentication token):[ \t]*([0-9]{10,})\b`,
    keywords: ['authentication token'],
    examples: {
      match: [{ input: `[2024-03-12 10:22:33,456]   INFO -   jetbrains.buildServer.SERVER - Super user authentication token: ${superToken} (use empty username with the token as the password to access the server)`, output: `[2024-03-12 10:22:33,456]   INFO -   jetbrains.buildServer.SERVER - Super user authentication token: ${label('teamcity-super-user-token')} (use empty username with the token as the password to access the server)` }],
      noMatch: ['Super user authentication token: (not generated: super user login is disabled)'],
    },
  },
  {
    id: 'ci-set-secret-variable',
    family: 'command-line',
    description: "a value a pipeline step sets into a variable named for a secret, as Azure Pipelines' logging command prints it: ##vso[task.setvariable variable=dbAdminPassword]…",
    // Round 81: without `issecret=true` the value is written to the log as is; a masked one is `***`.
    // Not GitHub's `::add-mask::`: its literal cost the pass a tenth of its room for keys.
    // Not any `…Key` (`cacheKey`, `publicKey`, `terraformStateKey`), nor a macro (`$(DbPw)`); an
    // echo's closing quote stays.
    regex: String.raw`##vso\[task\.setvariable[ \t]+variable=(?i:[a-z0-9_.-]*(?:password|passwd|pwd|secret|token|apikey|api_key|accesskey))(?:;[^\]\r\n]*)?\]([^"$\r\n][^"\r\n]*?)"?[ \t]*\r?$`,
    keywords: ['pass', 'pwd', 'secret', 'token', 'key'],
    anchor: String.raw`##vso\[task\.setvariable`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `##vso[task.setvariable variable=dbAdminPassword]${ciPassword}`, output: `##vso[task.setvariable variable=dbAdminPassword]${label('ci-set-secret-variable')}` },
      ],
      noMatch: ['##vso[task.setvariable variable=buildNumber]20240312.4', '##vso[task.setvariable variable=dbAdminPassword;issecret=true]***', '##vso[task.setvariable variable=cacheKey]v1-linux-npm-3f2a9c1d', 'echo "##vso[task.setvariable variable=dbAdminPassword]$(DbPw)"'],
    },
  },
  {
    id: 'oathtool-seed',
    family: 'password-hash',
    description: "a TOTP or HOTP seed given to oathtool on its command line: oathtool --totp -b <base32>",
    // Round 81: the seed mints every code to come.
    regex: String.raw`\boathtool\b[^\r\n]*?[ \t](?:(?:-b|--base32)[ \t]+(?:--[a-z]+[ \t]+)*)?\\?["']?([A-Z2-7]{16,}=*|[0-9a-fA-F]{20,})\b`,
    keywords: ['oathtool'],
    examples: {
      match: [{ input: `: 1715002233:0;oathtool --totp -b ${totpSeed}`, output: `: 1715002233:0;oathtool --totp -b ${label('oathtool-seed')}` }],
      noMatch: ['oathtool --totp -b "$(pass show otp/github)"'],
    },
  },
  {
    id: 'auditd-execve-password',
    family: 'command-line',
    description: "a password in the arguments auditd records one field each (type=EXECVE … a2=\"-u\" a3=\"user:…\", a1=\"-p\" a2=\"…\", a3=\"--password\" a4=\"…\")",
    // Round 81: the flag and its value are fields apart, so the command-line rules, which read them
    // side by side, see neither. A user's password after `-u user:` (curl), or the value after a
    // token's or a secret's long flag; not `-p`, which is as often a port (`ssh -p 22`) or a path,
    // nor `--password`, which alone asks for it (`psql --password -h db01`, `mysql --password shop`).
    regex: String.raw`\ba[0-9]{1,3}="(?:-u|--user)"[ \t]+a[0-9]{1,3}="[^":\r\n]*:([^"\r\n]+)"|\ba[0-9]{1,3}="(?:--token|--secret)"[ \t]+a[0-9]{1,3}="([^"\r\n-][^"\r\n]*)"`,
    keywords: ['execve'],
    anchor: String.raw`\ba[0-9]{1,3}="-`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `type=EXECVE msg=audit(1715509353.123:4421): argc=5 a0="curl" a1="-s" a2="-u" a3="admin:${ciPassword}" a4="http://127.0.0.1:8080/api/json"`, output: `type=EXECVE msg=audit(1715509353.123:4421): argc=5 a0="curl" a1="-s" a2="-u" a3="admin:${label('auditd-execve-password')}" a4="http://127.0.0.1:8080/api/json"` },
        { input: `type=EXECVE msg=audit(1715509353.125:4422): argc=4 a0="gh" a1="--token" a2="${ciPassword}" a3="auth"`, output: `type=EXECVE msg=audit(1715509353.125:4422): argc=4 a0="gh" a1="--token" a2="${label('auditd-execve-password')}" a3="auth"` },
      ],
      noMatch: ['type=EXECVE msg=audit(1715509353.126:4423): argc=3 a0="ls" a1="-p" a2="/tmp"', 'type=EXECVE msg=audit(1715509353.127:4424): argc=4 a0="ssh" a1="-p" a2="2222" a3="bastion"', 'type=EXECVE msg=audit(1715509353.128:4425): argc=4 a0="psql" a1="--password" a2="-h" a3="db01"'],
    },
  },
  {
    id: 'param-key-value-secret',
    family: 'config',
    description: "a parameter's value beside its name in zap's bracketed fields, as Milvus logs its config: [key=common.security.defaultRootPassword] [value=…]",
    // Round 83. The name ends in a secret's word; the value runs to its bracket.
    regex: String.raw`\[key=(?i:[a-z0-9_.-]*(?:password|passwd|secret|token|apikey|accesskey))\][ \t]*\[value=([^\]\r\n]+)\]`,
    keywords: ['pass', 'secret', 'token', 'key'],
    anchor: String.raw`\][ \t]*\[value=`,
    anchorInPass: false,
    examples: {
      match: [{ input: `[INFO] [paramtable/component_param.go:312] ["init param"] [key=common.security.defaultRootPassword] [value=${ciPassword}]`, output: `[INFO] [paramtable/component_param.go:312] ["init param"] [key=common.security.defaultRootPassword] [value=${label('param-key-value-secret')}]` }],
      noMatch: ['["init param"] [key=common.security.authorizationEnabled] [value=true]'],
    },
  },
  {
    id: 'password-reset-new-value',
    family: 'generic',
    description: "the password a reset tool prints when it has set one: elasticsearch-reset-password's Password for the [elastic] user successfully reset. New value: …",
    // Round 83.
    regex: String.raw`(?i:password)[^\r\n]{0,60}?(?i:successfully reset)\.?[ \t]+(?i:new value):[ \t]*([^ \t\r\n]+)`,
    keywords: ['password'],
    anchor: String.raw`(?i:new value):`,
    anchorInPass: false,
    examples: {
      match: [{ input: `Password for the [elastic] user successfully reset. New value: ${ciPassword}`, output: `Password for the [elastic] user successfully reset. New value: ${label('password-reset-new-value')}` }],
      noMatch: ['Password for the [elastic] user successfully reset.'],
    },
  },
  {
    id: 'redis-auth-default',
    family: 'generic',
    description: "the password of Redis's AUTH for its default user, as a client's debug log prints the command: auth default …: OK",
    // The value ends at the reply (`: OK`), a quote or the line's end: `auth default user disabled` is prose.
    regex: String.raw`\b(?i:auth)[ \t]+\\?"?default\\?"?[ \t]+\\?"?([^ \t\r\n"\\]+?)(?::[ \t]*OK\b|\\?"|\r?$)`,
    keywords: ['auth'],
    anchor: String.raw`(?i:auth)[ \t]+\\?"?default`,
    anchorInPass: false,
    examples: {
      match: [{ input: `{"msg":"redis command","cmd":"auth default ${redisPassword}: OK","elapsed":"0.812ms"}`, output: `{"msg":"redis command","cmd":"auth default ${label('redis-auth-default')}: OK","elapsed":"0.812ms"}` }],
      noMatch: ['auth default user disabled'],
    },
  },
  {
    id: 'connect-call-password',
    family: 'generic',
    description: "the password a connect call takes after its address and user, as a client library logs the call: Cluster.connect(\"couchbases://…\", \"app\", \"…\")",
    regex: String.raw`\.connect\([ \t]*"[a-z][a-z0-9+.-]*://[^"\r\n]*"[ \t]*,[ \t]*"[^"\r\n]*"[ \t]*,[ \t]*"([^"\r\n]+)"`,
    keywords: ['.connect("'],
    examples: {
      match: [{ input: `INFO [main] c.c.c.Cluster : Cluster.connect("couchbases://cb.acme.internal", "app_rw", "${couchbasePassword}")`, output: `INFO [main] c.c.c.Cluster : Cluster.connect("couchbases://cb.acme.internal", "app_rw", "${label('connect-call-password')}")` }],
      noMatch: ['Cluster.connect("couchbases://cb.acme.internal", options)'],
    },
  },
  {
    id: 'session-named-value',
    family: 'session',
    description: "a long token-shaped value of a cookie or a field named for a session, in a message rather than a Cookie header: session cookie _app_sess=…, cookie session-name=… (gorilla/sessions)",
    regex: String.raw`(?:^|[^A-Za-z0-9_.-])(?:[A-Za-z0-9_.-]*[_.-])?(?i:sess|session)(?:[_-](?i:name))?=([A-Za-z0-9+/_%.-]{40,}={0,2})`,
    keywords: ['sess=', 'session=', 'session-name=', 'session_name='],
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [{ input: `[GIN-debug] cookie session-name=${sessionCookie}`, output: `[GIN-debug] cookie session-name=${label('session-named-value')}` }],
      noMatch: ['session=closed', 'app_sess=0000000000000000000000000000000000000000000000'],
    },
  },
  {
    id: 'django-token-shape',
    family: 'session',
    description: "a Django password-reset token (base 36 time, a dash, 20 or 32 hex) where django-reset-token's path is not: allauth's /password/reset/key/<uid>-<token>/, or under token in the reset mail's context ('token': '…')",
    regex: String.raw`(?:/reset/key/[0-9a-z]{1,24}-|\btoken\\?['"]?[ \t]*[:=][ \t]*\\?['"]?)([0-9a-z]{1,13}-(?:[0-9a-f]{32}|[0-9a-f]{20}))\b`,
    keywords: ['reset/key/', 'token'],
    examples: {
      match: [{ input: `mail Sending password reset email context={'uid': 'Mjk', 'token': '${resetToken}', 'protocol': 'https'}`, output: `mail Sending password reset email context={'uid': 'Mjk', 'token': '${label('django-token-shape')}', 'protocol': 'https'}` }],
      noMatch: ['"GET /accounts/password/reset/key/done/ HTTP/1.1" 200 0'],
    },
  },
];
