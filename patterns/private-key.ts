import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START } from './parts.js';
import { createSampler, sample } from './sample.js';

const body = [sample.base64(64), sample.base64(64), `${sample.base64(40)}==`];
const iv = (body[0] as string).slice(0, 32).replace(/[^A-Za-z0-9]/g, 'F');
/** A sampler of its own for the recall round's examples, so the samples above stay as they were. */
const recall = createSampler(2026113015);
const pemOf = (kind: string): string => `-----BEGIN ${kind}PRIVATE KEY-----\n${recall.base64(64)}\n${recall.base64(44)}\n-----END ${kind}PRIVATE KEY-----\n`;
const b64Pem = (kind: string): string => Buffer.from(pemOf(kind)).toString('base64');
/** A .ppk file's blobs: 64-column lines of base64, the last shorter. */
const ppkPublic = [recall.base64(64), recall.base64(40)];
const ppkPrivate = [recall.base64(64), recall.base64(24)];
const ppkMac = recall.hex(40);
/** A JSON Web Key's base64url members, from a sampler of their own (s14). */
const jwkSampler = createSampler(2026120117);
const jwk = { n: jwkSampler.base64url(342), d: jwkSampler.base64url(342), p: jwkSampler.base64url(171), ec: jwkSampler.base64url(43) };
/** `text` cut into lines of `width` joined by `eol`, as `base64` (76) and `openssl base64` (64) wrap. */
const wrap = (text: string, width: number, eol: string): string => (text.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join(eol);

/**
 * The base64 of `-----BEGIN <kind>PRIVATE KEY`, up to its last whole 3-byte group (what follows
 * changes the characters after), less the 14 characters of `-----BEGIN` every kind shares.
 */
const B64_PEM_KINDS = [
  'BQUklWQVRFIEtF', // PRIVATE KEY (PKCS #8)
  'BSU0EgUFJJVkFURSBL', // RSA
  'BFQyBQUklWQVRFIEtF', // EC
  'BPUEVOU1NIIFBSSVZBVEUgS0VZ', // OPENSSH
  'BEU0EgUFJJVkFURSBL', // DSA
  'BFTkNSWVBURUQgUFJJVkFURSBL', // ENCRYPTED
  'BQR1AgUFJJVkFURSBLRVkgQkxP', // PGP … BLOCK
  'BFRDI1NTE5IFBSSVZBVEUgS0VZ', // ED25519 (Talos' talosconfig; round 97)
];

/**
 * PEM private keys. The BEGIN and END markers stay; the body goes, whether the key is on one
 * line (JSON with `\n` escapes) or arrives one line per log event.
 */
export const privateKeyRules: readonly RuleSpec[] = [
  {
    id: 'private-key',
    family: 'private-key',
    description: 'PEM private key block (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP), one line or many',
    regex: String.raw`-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----`,
    keywords: ['private key'],
    kind: 'pem-begin',
    secretGroup: 0,
    examples: {
      match: [
        {
          input: `{"key":"-----BEGIN RSA PRIVATE KEY-----\\n${body.join('\\n')}\\n-----END RSA PRIVATE KEY-----\\n"}`,
          output: `{"key":"-----BEGIN RSA PRIVATE KEY-----${label('private-key')}-----END RSA PRIVATE KEY-----\\n"}`,
        },
        {
          input: `-----BEGIN PRIVATE KEY-----\n${body.join('\n')}\n-----END PRIVATE KEY-----`,
          output: `-----BEGIN PRIVATE KEY-----\n${label('private-key')}\n${label('private-key')}\n${label('private-key')}\n-----END PRIVATE KEY-----`,
        },
        {
          input: `2026-01-01T00:00:00Z\tr1\t-----BEGIN EC PRIVATE KEY-----\n2026-01-01T00:00:00Z\tr1\t${body[0]}\n2026-01-01T00:00:00Z\tr1\t-----END EC PRIVATE KEY-----`,
          output: `2026-01-01T00:00:00Z\tr1\t-----BEGIN EC PRIVATE KEY-----\n2026-01-01T00:00:00Z\tr1\t${label('private-key')}\n2026-01-01T00:00:00Z\tr1\t-----END EC PRIVATE KEY-----`,
        },
        // PHP's json_encode and others escape `/` as `\/`: the escape is part of the run, or the
        // pieces between slashes shorter than a run stayed (review2).
        {
          input: `{"key":"-----BEGIN RSA PRIVATE KEY-----\\n${body.map((b) => `${b.slice(0, 6)}\\/${b.slice(7, 12)}\\/${b.slice(13)}`).join('\\n')}\\n-----END RSA PRIVATE KEY-----\\n"}`,
          output: `{"key":"-----BEGIN RSA PRIVATE KEY-----${label('private-key')}-----END RSA PRIVATE KEY-----\\n"}`,
        },
        // An encrypted key's headers on one line stay, its base64 goes; escapes stay whole (issue 7).
        {
          input: `{"key":"-----BEGIN RSA PRIVATE KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: AES-128-CBC,${iv}\\n\\n${body.join('\\n')}\\n-----END RSA PRIVATE KEY-----"}`,
          output: `{"key":"-----BEGIN RSA PRIVATE KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: AES-128-CBC,${label('private-key')}\\n\\n${body.map(() => label('private-key')).join('\\n')}\\n-----END RSA PRIVATE KEY-----"}`,
        },
      ],
      noMatch: ['-----BEGIN PUBLIC KEY-----', '-----BEGIN CERTIFICATE-----', 'no PRIVATE KEY here', 'paste it between -----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY----- lines'],
    },
  },
  {
    id: 'private-key-base64',
    family: 'private-key',
    kind: 'pem-base64',
    description: 'a PEM private key encoded in base64 again (LS0tLS1CRUdJTi…): kubeconfig client-key-data, Kubernetes Secret data, env vars',
    // Recall round: a key stored base64-encoded in one run (Kubernetes, CI variables, Helm values)
    // hides its PEM markers. The run goes whole; a certificate's (LS0tLS1CRUdJTiBDRVJU…) stays.
    // `base64` wraps at 76 columns (`openssl base64` at 64): in a JSON string or a quoted env value
    // the wrapped lines are `\n` escapes, so the run goes on after each one, to the padding.
    regex: String.raw`${TOKEN_START}(LS0tLS1CRUdJTi(?:${B64_PEM_KINDS.join('|')})[A-Za-z0-9+/]{16,}(?:(?:\\r)?\\n[A-Za-z0-9+/]+)*={0,2})`,
    keywords: ['ls0tls1crudjti'],
    examples: {
      match: [
        { input: `    client-key-data: ${b64Pem('RSA ')}`, output: `    client-key-data: ${label('private-key-base64')}` },
        { input: `{"data":{"tls.key":"${b64Pem('EC ')}"}}`, output: `{"data":{"tls.key":"${label('private-key-base64')}"}}` },
        { input: `SSH_KEY=${b64Pem('OPENSSH ')}`, output: `SSH_KEY=${label('private-key-base64')}` },
        // Wrapped as `base64` writes it (76 columns) and `openssl base64` (64), inside one JSON string.
        { input: `{"tls.key":"${wrap(b64Pem(''), 76, '\\n')}\\n"}`, output: `{"tls.key":"${label('private-key-base64')}\\n"}` },
        { input: `PRIVATE_KEY_B64="${wrap(b64Pem('RSA '), 64, '\\r\\n')}"`, output: `PRIVATE_KEY_B64="${label('private-key-base64')}"` },
        // Wrapped over lines of their own (`base64 key.pem` in a CI log): every line of the width at
        // the first line's column, the shorter last one included; what follows stays.
        {
          input: `${wrap(b64Pem(''), 76, '\n')}\ndone reading key`,
          output: `${wrap(b64Pem(''), 76, '\n').split('\n').map(() => label('private-key-base64')).join('\n')}\ndone reading key`,
        },
        {
          input: wrap(b64Pem('EC '), 64, '\n').split('\n').map((line) => `12:00:01 build | ${line}`).join('\n'),
          output: wrap(b64Pem('EC '), 64, '\n').split('\n').map(() => `12:00:01 build | ${label('private-key-base64')}`).join('\n'),
        },
      ],
      noMatch: [
        `    certificate-authority-data: ${Buffer.from(`-----BEGIN CERTIFICATE-----\n${recall.base64(64)}\n-----END CERTIFICATE-----\n`).toString('base64')}`,
        `PUBKEY=${Buffer.from(`-----BEGIN PUBLIC KEY-----\n${recall.base64(64)}\n`).toString('base64')}`,
      ],
    },
  },
  {
    id: 'putty-private-key',
    family: 'private-key',
    description: 'the private blob of a PuTTY key file (.ppk): the lines after Private-Lines: N',
    // Recall round: a .ppk file dumped into a log (a provisioning script's `cat`, a secret
    // manager's value) has no PEM marker; its `Private-Lines: N` header says how many 64-column
    // lines of key follow. Public-Lines and the Private-MAC are no secret and stay.
    regex: String.raw`(?:\b|\\[nrt])Private-Lines:[ \t]*([0-9]{1,3})(?:\\r)?(?:\\n([A-Za-z0-9+/]{4,}(?:(?:\\r)?\\n[A-Za-z0-9+/]+)*={0,2})|\r?$)`,
    keywords: ['private-lines'],
    kind: 'ppk-private-lines',
    secretGroup: 0,
    examples: {
      match: [
        {
          input: `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${ppkPublic[0]}\n${ppkPublic[1]}\nPrivate-Lines: 2\n${ppkPrivate[0]}\n${ppkPrivate[1]}\nPrivate-MAC: ${ppkMac}`,
          output: `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${ppkPublic[0]}\n${ppkPublic[1]}\nPrivate-Lines: 2\n${label('putty-private-key')}\n${label('putty-private-key')}\nPrivate-MAC: ${ppkMac}`,
        },
        {
          input: `{"key":"PuTTY-User-Key-File-2: ssh-rsa\\r\\nPrivate-Lines: 2\\r\\n${ppkPrivate[0]}\\r\\n${ppkPrivate[1]}\\r\\nPrivate-MAC: ${ppkMac}"}`,
          output: `{"key":"PuTTY-User-Key-File-2: ssh-rsa\\r\\nPrivate-Lines: 2\\r\\n${label('putty-private-key')}\\r\\nPrivate-MAC: ${ppkMac}"}`,
        },
        {
          input: `12:00:01 app | Private-Lines: 1\n12:00:01 app | ${ppkPrivate[1]}\n12:00:01 app | Private-MAC: ${ppkMac}`,
          output: `12:00:01 app | Private-Lines: 1\n12:00:01 app | ${label('putty-private-key')}\n12:00:01 app | Private-MAC: ${ppkMac}`,
        },
      ],
      noMatch: [`Public-Lines: 2\n${ppkPublic[0]}`, 'the header Private-Lines: says how many lines follow', `Private-Lines: 1\nthe private blob follows`],
    },
  },
  {
    id: 'jwk-private-key',
    family: 'private-key',
    description: 'the private members of a JSON Web Key (RFC 7518): d, p, q, dp, dq, qi of an RSA, EC or OKP key, k of a symmetric one; n, e, x and y (public) stay',
    // A JWKS or a key logged while debugging an auth server (s14). Only on a line that names a
    // key type, where these one-letter names are a key's; in JSON in a JSON string too.
    // The match is the key type; the engine takes the private members on its line (`jwk`).
    // Also as Node's util.inspect and Python's repr print it: `{ kty: 'EC', … d: '…' }` (round 71).
    regex: String.raw`kty(?:\\*"|')?[ \t]*:[ \t]*(?:\\*"(?:RSA|EC|OKP|oct)\\*"|'(?:RSA|EC|OKP|oct)')`,
    keywords: ['kty'],
    kind: 'jwk',
    examples: {
      match: [
        {
          input: `{"keys":[{"kty":"RSA","kid":"k1","n":"${jwk.n}","e":"AQAB","d":"${jwk.d}","p":"${jwk.p}"}]}`,
          output: `{"keys":[{"kty":"RSA","kid":"k1","n":"${jwk.n}","e":"AQAB","d":"${label('jwk-private-key')}","p":"${label('jwk-private-key')}"}]}`,
        },
        {
          input: `{"msg":"signing key {\\"crv\\":\\"P-256\\",\\"d\\":\\"${jwk.ec}\\",\\"kty\\":\\"EC\\"}"}`,
          output: `{"msg":"signing key {\\"crv\\":\\"P-256\\",\\"d\\":\\"${label('jwk-private-key')}\\",\\"kty\\":\\"EC\\"}"}`,
        },
        { input: `{"kty":"oct","k":"${jwk.ec}","alg":"HS256"}`, output: `{"kty":"oct","k":"${label('jwk-private-key')}","alg":"HS256"}` },
      ],
      // A public key's members stay (tests/patterns/structured-secrets.test.ts has more look-alikes:
      // as examples here they took the pass for a config of eight short keys out of RE2's DFA).
      noMatch: [`{"kty":"OKP","crv":"Ed25519","x":"${jwk.ec}"}`],
    },
  },
];
