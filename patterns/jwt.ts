import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START } from './parts.js';
import { createSampler, sample } from './sample.js';

const jwt = sample.jwt();
const unsigned = jwt.slice(0, jwt.lastIndexOf('.') + 1);
const jweParts = [sample.base64url(8), sample.base64url(22), sample.base64url(60), sample.base64url(22)];
const jwe = `eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.${jweParts.join('.')}`;
const jweDir = `eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..${jweParts.slice(1).join('.')}`;
const b64jwt = Buffer.from(jwt).toString('base64');
/** The sixteenth session's examples, from a sampler of their own so the samples above stay. */
const s16 = createSampler(2026120202);
const registryAuth = Buffer.from(JSON.stringify({ username: 'ci', password: s16.password(), serveraddress: 'registry.example.com' })).toString('base64url');
const connectionB64 = Buffer.from(`postgres://orders:${createSampler(2026120597).alnum(20)}@orders-pg-rw.orders.svc:5432/orders?sslmode=require`).toString('base64');
const cursor = Buffer.from(JSON.stringify({ id: 1042, sort: 'created_at' })).toString('base64url');

/** Where a JWT may start: after a percent escape too, as in a URL-encoded redirect address (review2). */
const START = TOKEN_START;

/** JSON Web Tokens: three base64url segments (JWS), five (JWE), and a JWT that was base64-encoded again. */
export const jwtRules: readonly RuleSpec[] = [
  {
    id: 'jwe',
    family: 'jwt',
    description: 'JSON Web Encryption token (five base64url segments, the key segment may be empty)',
    regex: String.raw`${START}((?:eyJ|ewog|ewoi)[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})`,
    keywords: ['eyj', 'ewog', 'ewoi'],
    examples: {
      match: [
        { input: `token=${jwe}`, output: `token=${label('jwe')}` },
        { input: `{"enc":"${jweDir}"}`, output: `{"enc":"${label('jwe')}"}` },
        { input: `r=%2Fcb%23id_token%3D${jwe}`, output: `r=%2Fcb%23id_token%3D${label('jwe')}` },
      ],
      noMatch: ['eyJhbGciOiJkaXIi.short..x.y', 'see eyJ.docs.example'],
    },
  },
  {
    id: 'jwt',
    family: 'jwt',
    description: 'JSON Web Token / JWS (header.payload.signature), also the unsigned header.payload. form',
    regex: String.raw`${START}((?:eyJ|ewog|ewoi)[A-Za-z0-9_-]{8,}\.(?:eyJ|ewog|ewoi)[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)`,
    keywords: ['eyj', 'ewog', 'ewoi'],
    examples: {
      match: [
        { input: `user token ${jwt} expired`, output: `user token ${label('jwt')} expired` },
        { input: `{"id_hint":"${unsigned}"}`, output: `{"id_hint":"${label('jwt')}"}` },
        { input: `?next=/home&t=${jwt}`, output: `?next=/home&t=${label('jwt')}` },
        // In a URL-encoded URL (a logged redirect or return address) a percent escape comes right before it (review2).
        { input: `GET /login?next=%2Fhome%3Ftoken%3D${jwt} 302`, output: `GET /login?next=%2Fhome%3Ftoken%3D${label('jwt')} 302` },
        { input: `h=Authorization%3A%20Bearer%20${jwt}`, output: `h=Authorization%3A%20Bearer%20${label('jwt')}` },
      ],
      // An opaque pagination cursor is base64 of a small JSON object, without dots: no JWT (issue 7).
      noMatch: ['eyJhbGci.eyJ.x', 'keyJust.eyJmore.text', 'version 1.2.3 built', `{"cursor":"${Buffer.from('{"id":12345,"ts":1700000000}').toString('base64url')}"}`],
    },
  },
  {
    id: 'jwt-base64',
    family: 'jwt',
    description: 'a JWT that was base64-encoded again (starts ZXlK, the encoding of "eyJ")',
    regex: String.raw`${TOKEN_START}(ZXlK[A-Za-z0-9+/]{40,}={0,2})`,
    keywords: ['zxlk'],
    examples: {
      match: [{ input: `ctx=${b64jwt} end`, output: `ctx=${label('jwt-base64')} end` }],
      noMatch: ['ZXlKshort', 'AZXlK' + 'a'.repeat(40)],
    },
  },  {
    id: 'base64-json-secret',
    family: 'jwt',
    description: "JSON that names a secret, base64-encoded into one run (eyJ…, not a JWT's segment): Docker's X-Registry-Auth, client credentials in a header, an OAuth state, a config passed as base64; the run goes whole when a key of the JSON in it is a sensitive key with a value",
    // A red-team review, N10. The run is decoded and its keys asked by the key policy the JSON
    // rules use (`base64-json` in scan.ts): `{"id":1042,"sort":…}` cursors and states stay. Not
    // followed by `.`: a JWT's header or payload is the JWT rule's.
    regex: String.raw`(?:^|[^A-Za-z0-9+/_-])(eyJ[A-Za-z0-9+/_-]{16,}={0,2})(?:[^A-Za-z0-9+/=_.-]|$)`,
    keywords: ['eyj'],
    kind: 'base64-json',
    secretGroup: 1,
    examples: {
      match: [{ input: `X-Registry-Auth: ${registryAuth}`, output: `X-Registry-Auth: ${label('base64-json-secret')}` }],
      noMatch: [`cursor=${cursor}`, 'eyJub3RqdXN0YmFzZTY0anNvbg'],
    },
  },
  {
    id: 'base64-connection-string',
    family: 'jwt',
    description: "a database's or a broker's connection string with a password, base64-encoded into one run: a Kubernetes Secret's data (kubectl get secret -o yaml, an operator's status), a Helm value, an env var",
    // Round 97. The run opens on a scheme's encoding at the start of the string (postgres://,
    // postgresql://, mysql://, mongodb://, mongodb+srv://, redis://, rediss://, amqp://, amqps://);
    // it goes whole when the URL in it holds a password (`base64-json` in scan.ts).
    regex: String.raw`${TOKEN_START}((?:cG9zdGdyZXM6Ly|cG9zdGdyZXNxbDovL|bXlzcWw6Ly|bW9uZ29kYjovL|bW9uZ29kYitzcnY6Ly|cmVkaXM6Ly|cmVkaXNzOi8v|YW1xcDovL|YW1xcHM6Ly)[A-Za-z0-9+/]{8,}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
    keywords: ['cg9zdgdyzx', 'bxlzcww6ly', 'bw9uz29ky', 'cmvkax', 'yw1xc'],
    kind: 'base64-json',
    secretGroup: 1,
    examples: {
      match: [{ input: `  DATABASE_URL: ${connectionB64}`, output: `  DATABASE_URL: ${label('base64-connection-string')}` }],
      noMatch: [Buffer.from('redis://cache.default.svc:6379/0').toString('base64')],
    },
  },
];
