/**
 * One-time values of login and reset flows under their own names (s17): OAuth PKCE's
 * `code_verifier`, a SAML POST binding's `SAMLResponse`, Firebase's `oobCode`, in every shape a
 * request log gives a parameter; and two CLIs' short secret flags (rabbitmqadmin `-p`, influx `-t`).
 * Only the value goes.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5a17);
const keeps = keepsEach(scrubber);

const goes = goesEach(scrubber);

/** The parameter in each place a request log prints one: query, form body, JSON, escaped JSON, key=value. */
const shapes = (name: string): ((s: string) => string)[] => [
  (s) => `POST /oauth/token HTTP/1.1 body=grant_type=authorization_code&${name}=${s}&client_id=web`,
  (s) => `GET /callback?state=af0ifjsldkj&${name}=${s} 302`,
  (s) => JSON.stringify({ level: 20, msg: 'token request', body: { grant_type: 'authorization_code', [name]: s, client_id: 'web' } }),
  (s) => JSON.stringify({ msg: `request body: ${JSON.stringify({ [name]: s })}` }),
  (s) => `DEBUG oauth: exchanging code ${name}=${s} redirect_uri=https://app.example.com/cb`,
  (s) => `params: {"${name}"=>"${s}", "controller"=>"sessions"}`,
  (s) => `https://app.example.com/return?next=%2Fhome%26${name}%3D${s}`,
];

describe("OAuth PKCE's code_verifier", () => {
  goes([...shapes('code_verifier'), ...shapes('codeVerifier')], () => sample.base64url(43));
  keeps([
    'code_verifier=missing',
    'PKCE code_verifier mismatch for client web',
    '{"code_challenge":"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM","code_challenge_method":"S256"}',
    'invalid_grant: code_verifier does not match code_challenge',
  ]);
});

describe("a SAML POST binding's SAMLResponse", () => {
  const assertion = () => Buffer.from(`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_${sample.hex(32)}"><saml:Assertion>${sample.base64(60)}</saml:Assertion></samlp:Response>`).toString('base64');
  goes(
    [
      (s) => `POST /saml/acs HTTP/1.1 form: SAMLResponse=${s}&RelayState=%2Fdashboard`,
      (s) => JSON.stringify({ path: '/saml/consume', body: { SAMLResponse: s, RelayState: '/' } }),
      (s) => `Started POST "/users/saml/auth" for 10.0.0.1 Parameters: {"SAMLResponse"=>"${s}"}`,
    ],
    assertion,
  );
  goes([(s) => `saml_response=${s}&relay_state=%2F`], () => encodeURIComponent(assertion()));
  keeps(['SAMLResponse validation failed: signature invalid', 'GET /saml/login?SAMLRequest=fVJNb9swDP0rhO6O5Y8EqRAbyBoMC9CtQZLtsJsiM4kAWXJFuu3+fRW7wdpLbxL5Hsn3yCXp1vVq1fPZbfGxR2J4aZ0nNSYq0Uev', 'SAMLResponse: missing']);
});

describe("Firebase's oobCode", () => {
  goes(
    [
      (s) => `GET /__/auth/action?mode=resetPassword&oobCode=${s}&continueUrl=https%3A%2F%2Fapp.example.com&lang=en 200`,
      (s) => JSON.stringify({ msg: 'verifying action code', oobCode: s }),
      (s) => `confirmPasswordReset(auth, oobCode="${s}")`,
    ],
    () => sample.base64url(54),
  );
  keeps(['oobCode expired or already used', 'auth/invalid-action-code: oobCode=<redacted>']);
});

describe('short secret flags of rabbitmqadmin and the influx CLI', () => {
  goes(
    [
      (s) => `rabbitmqadmin -H rabbit.internal -u admin -p ${s} declare queue name=jobs durable=true`,
      (s) => `+ rabbitmqadmin -u ops -p '${s}' list queues`,
      (s) => `influx write -b metrics -o acme -t ${s} 'cpu,host=a usage=0.5'`,
      (s) => `$ influx query -t "${s}" 'from(bucket:"m") |> range(start:-1h)'`,
    ],
    () => sample.base64url(40),
  );
  keeps(['rabbitmqadmin -H rabbit -P 15672 list queues', 'influx bucket list -t $INFLUX_TOKEN', 'influxd -t 2026-12-02 started', 'rabbitmqadmin -u admin -p $RABBIT_PASS list users']);
});
