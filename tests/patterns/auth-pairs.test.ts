/**
 * Red-team leak class 1: a `user:password` pair under a name that says auth (`BASIC_AUTH=…`,
 * `ELASTIC_CLOUD_AUTH=…`), HTTPie's `--auth`/`-a`, and credentials in OpenTelemetry's URL-encoded
 * header list (`OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20…`) and Honeycomb's team header.
 * The user stays, as curl-user keeps it; the password goes. Names and values that only say which
 * auth is used stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x4a17);
const password = (): string => `${sample.alnum(6)}!${sample.alnum(5)}`;
const token = (): string => sample.alnum(24);

const keeps = keepsEach(scrubber);

describe('a user:password pair under a name that ends in auth', () => {
  it.each(
    planted(
      [
        (s) => `BASIC_AUTH=admin:${s}`,
        (s) => `ELASTIC_CLOUD_AUTH=elastic:${s}`,
        (s) => `export ELASTICSEARCH_AUTH="elastic:${s}"`,
        (s) => `KIBANA_BASIC_AUTH='kibana_system:${s}'`,
        (s) => `HTTP_AUTH=deploy@example.com:${s}`,
        (s) => `  basic_auth: "admin:${s}"`,
        (s) => `  basicAuth: admin:${s}`,
        (s) => JSON.stringify({ basicAuth: `admin:${s}`, url: 'https://es:9200' }),
        (s) => JSON.stringify({ env: [{ name: 'ELASTIC_CLOUD_AUTH', value: `elastic:${s}` }] }).replace('"name":"ELASTIC_CLOUD_AUTH","value"', '"ELASTIC_CLOUD_AUTH"'),
        (s) => `docker run -e PROXY_AUTH=proxyuser:${s} squid`,
        (s) => `auth=admin:${s}`,
        (s) => `level=info msg="config loaded" registry_auth=ci-bot:${s} region=eu`,
        (s) => `--basic-auth admin:${s}`,
        (s) => `--basic-auth=admin:${s}`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'AUTH_METHOD=basic',
    'auth=true',
    'auth=false',
    'AUTH_PROVIDER=google:oauth2',
    'auth: jwt:v2',
    'auth: oauth2:google',
    'BASIC_AUTH=admin:',
    'BASIC_AUTH=$ES_USER:$ES_PASSWORD',
    'BASIC_AUTH=${ES_USER}:${ES_PASSWORD}',
    'basic_auth: "admin:<password>"',
    'auth: ldap:389',
    'auth_type=basic auth_user=admin',
    'AUTH=none',
    'auth: { user: "admin" }',
    'auth_basic "Restricted";',
    'oauth=enabled scope=openid:profile',
    'auth=google:oauth2:openid',
    'level=info auth=session:cookie user=ada',
    'AUTH_MODE=sasl:plain',
    'requestedAuth=Kerberos:Negotiate',
    'pam_unix(sshd:auth): authentication failure; logname= uid=0',
    'auth: type:basic',
    'auth=ok:200',
  ]);
});

describe("HTTPie's and xh's --auth, --auth= and -a", () => {
  it.each(
    planted(
      [
        (s) => `http --auth admin:${s} GET example.com`,
        (s) => `http --auth=admin:${s} GET example.com`,
        (s) => `http -a admin:${s} GET example.com`,
        (s) => `https -a 'admin:${s}' example.com/api`,
        (s) => `$ http -v --auth "ci:${s}" POST https://api.example.com/x name=ada`,
        (s) => `xh -a admin:${s} get httpbin.org/basic-auth/admin/x`,
        (s) => `+ http --check-status -a deploy:${s} PUT :8080/api/v1 < body.json`,
        (s) => JSON.stringify({ cmd: `http --auth admin:${s} GET example.com` }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'http --auth-type basic GET example.com',
    'http --auth-type=digest -a admin GET example.com',
    'http -a admin GET example.com',
    'http --auth admin: GET example.com',
    'http -a $USER:$PASS GET example.com',
    'tar -a -cf out.tar.gz dir',
    'ls -a /etc:/usr',
    'http GET example.com Authorization:"Bearer"',
    'git log -a foo:bar',
    'http -a admin:<password> GET example.com',
  ]);
});

describe("OpenTelemetry's header list and Honeycomb's team header", () => {
  const basic = (): string => Buffer.from(`123456:${sample.alnum(40)}`).toString('base64');
  it.each(
    planted(
      [
        (s) => `OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20${s}`,
        (s) => `OTEL_EXPORTER_OTLP_HEADERS="Authorization=Basic%20${s},x-scope-orgid=42"`,
        (s) => `OTEL_EXPORTER_OTLP_TRACES_HEADERS=authorization=Bearer%20${s}`,
        (s) => JSON.stringify({ name: 'OTEL_EXPORTER_OTLP_HEADERS', value: `Authorization=Basic%20${s}` }),
      ],
      basic,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(
    planted(
      [
        (s) => `OTEL_EXPORTER_OTLP_HEADERS=api-key=${s}`,
        (s) => `OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${s}`,
        (s) => `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${s},x-honeycomb-dataset=prod"`,
        (s) => `x-honeycomb-team: ${s}`,
        (s) => `X-Honeycomb-Team: ${s}`,
        (s) => JSON.stringify({ headers: { 'x-honeycomb-team': s } }),
        (s) => `curl -H "X-Honeycomb-Team: ${s}" https://api.honeycomb.io/1/events/ds`,
      ],
      token,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-dataset=prod',
    'OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20',
    'Authorization=Basic%20realm',
    'x-honeycomb-team header missing',
    'x-honeycomb-dataset: frontend',
    'the x-honeycomb-team header is required',
  ]);
});
