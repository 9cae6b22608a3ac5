/**
 * Credentials in the lines admins and their tools write (a red-team review, N11 and N13): Redis
 * ACL users, HAProxy userlists and stats pages, SASL PLAIN in Dovecot's auth debug log, and
 * secrets handed to CLIs that store or use them. Only the secret goes.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, goesEach, keepsEach } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xad31);
const password = (): string => `${sample.alnum(6)}!${sample.alnum(5)}`;
const token = (): string => sample.alnum(40);

const goes = goesEach(scrubber);
const keeps = keepsEach(scrubber);

describe('Redis ACL users set by ACL SETUSER', () => {
  goes(
    [
      (s) => `127.0.0.1:6379> ACL SETUSER worker on >${s} ~jobs:* +@all`,
      (s) => `1764630000.281846 [0 10.0.0.4:49644] "ACL" "SETUSER" "worker" "on" ">${s}" "~jobs:*" "+@all"`,
      (s) => `redis-cli ACL SETUSER alice on >${s} allkeys allcommands`,
      (s) => JSON.stringify({ cmd: `ACL SETUSER alice on >${s} ~* +@read` }),
    ],
    password,
  );
  keeps([
    'user default on nopass ~* &* +@all',
    'ACL SETUSER alice off',
    'echo on > /sys/class/leds/led0/trigger',
    'power on >= 3 cycles',
  ]);
});

describe('HAProxy userlists and stats auth', () => {
  goes([(s) => `    user admin insecure-password ${s}`, (s) => `    stats auth admin:${s}`, (s) => `  stats auth ops:${s}   # dashboard`], password);
  keeps(['    stats auth', '    stats enable', '    stats uri /haproxy?stats']);
});

describe('SASL PLAIN in an auth debug log', () => {
  goes(
    [
      (s) => `dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tsecured=tls\tresp=${s}`,
      (s) => `Dec  1 10:00:00 mx dovecot: auth: Debug: client in: AUTH\\t1\\tPLAIN\\tservice=imap\\tresp=${s}`,
    ],
    () => Buffer.from(`\0alice@example.com\0${password()}`).toString('base64'),
  );
  keeps(['dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tsecured=tls\tresp=<hidden>', 'dovecot: auth: Debug: client passdb out: OK\t1\tuser=alice@example.com']);
});

describe('secrets handed to CLIs that store or use them', () => {
  goes(
    [
      (s) => `az keyvault secret set --vault-name kv-prod --name db-password --value '${s}'`,
      (s) => `az keyvault secret set --vault-name kv-prod --name db-password --value ${s} --output none`,
      (s) => `gh secret set DEPLOY_KEY -b '${s}'`,
      (s) => `gh secret set DEPLOY_KEY --body "${s}" --repo acme/api`,
      (s) => `gh secret set DEPLOY_KEY --body=${s}`,
      (s) => `dotnet user-secrets set "Db:Password" "${s}"`,
      (s) => `dotnet user-secrets set Stripe:ApiKey ${s} --project src/Api`,
      (s) => `rabbitmqadmin --username=admin --password=${s} list queues`,
      (s) => `addauth digest zkadmin:${s}`,
      (s) => `[zk: localhost:2181(CONNECTED) 0] addauth digest zkadmin:${s}`,
    ],
    password,
  );
  keeps([
    'az keyvault secret set --vault-name kv-prod --name db-password --file ./pw.txt',
    'gh secret set DEPLOY_KEY < key.pem',
    'gh secret list',
    'dotnet user-secrets list',
    'dotnet user-secrets set',
    'rabbitmqadmin -H mq list queues',
    'influx write -b metrics -o acme -f data.lp',
    'influx bucket list -t $INFLUX_TOKEN',
  ]);
});

describe("the Elastic stack's keystore tools fed on stdin (s17)", () => {
  goes(
    [
      (s) => `+ bin/elasticsearch-keystore add -x xpack.security.http.ssl.keystore.secure_password <<< "${s}"`,
      (s) => `/usr/share/kibana/bin/kibana-keystore add elasticsearch.password --stdin <<< '${s}'`,
      (s) => `echo "${s}" | bin/logstash-keystore add ES_PWD --stdin`,
      (s) => `printf '%s' '${s}' | bin/elasticsearch-keystore add -x s3.client.default.secret_key`,
    ],
    password,
  );
  keeps(['bin/elasticsearch-keystore add -x bootstrap.password <<< "$ELASTIC_PASSWORD"', 'bin/elasticsearch-keystore list', 'echo "keystore created" | tee -a setup.log']);
});

describe("Confluent's basic.auth.user.info (s17)", () => {
  const key = (): string => sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16);
  it.each([
    (k: string, s: string) => `schema.registry.basic.auth.user.info=${k}:${s}`,
    (k: string, s: string) => `SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO=${k}:${s}`,
    (k: string, s: string) => `{"name":"sink","config":{"value.converter.basic.auth.user.info":"${k}:${s}","tasks.max":"1"}}`,
    (k: string, s: string) => `	basic.auth.user.info = ${k}:${s}`,
  ])('%s', (make) => {
    const [k, s] = [key(), sample.base64(64).replaceAll('/', '+')];
    expectOnlySecretGone(scrubber, make(k, s), s);
  });
  keeps(['basic.auth.credentials.source=USER_INFO', 'basic.auth.user.info=${file:/mnt/secrets/sr.properties:user.info}', '	basic.auth.user.info = [hidden]']);
});

describe("PowerShell's module logging of a parameter that holds a secret (s17, review3 L8)", () => {
  goes(
    [
      (s) => `CommandInvocation(ConvertTo-SecureString): "ConvertTo-SecureString" ParameterBinding(ConvertTo-SecureString): name="String"; value="${s}" ParameterBinding(ConvertTo-SecureString): name="AsPlainText"; value="True"`,
      (s) => `ParameterBinding(New-LocalUser): name="Password"; value="${s}"`,
      (s) => `ParameterBinding(Connect-Service): name="ApiKey"; value="${s}"`,
    ],
    password,
  );
  keeps(['ParameterBinding(ConvertTo-SecureString): name="AsPlainText"; value="True"', 'ParameterBinding(Get-ChildItem): name="Path"; value="C:\\Users\\ada"', 'ParameterBinding(Get-Secret): name="Name"; value="prod-db"']);
});
