/**
 * Keys that end in a capitalised `Pass`, `Pwd` or `Pw` after a lower-case letter (Tomcat's
 * `keystorePass`, `dbPass`, `adminPwd`), and all-caps or lower-case keys that run a password's
 * owner into `pass` (`DBPASS`, PHP's `$dbpass`): a red-team review (N4) found their values kept,
 * since `pass` counted only as a whole word. Only the secret goes; the words that hold `pass`
 * (`compass`, `bypass`, `passport`, `PassengerCount`) stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xca3e1);
const password = (): string => `${sample.alnum(5)}!${sample.alnum(6)}`;

const keeps = keepsEach(scrubber);

describe('a camelCase key that ends in Pass, Pwd or Pw (N4)', () => {
  it.each(
    planted(
      [
        (s) => `<Connector port="8443" SSLEnabled="true" keystoreFile="/opt/ks.jks" keystorePass="${s}" />`,
        (s) => `<Connector port="8443" protocol="HTTP/1.1" SSLEnabled="true" keystoreFile="conf/.keystore" keystorePass="${s}" keyAlias="tomcat" clientAuth="false" sslProtocol="TLS"/>`,
        (s) => `    truststoreFile="/opt/ts.jks" truststorePass="${s}" truststoreType="JKS"`,
        (s) => `truststorePass="${s}"`,
        (s) => `keyPass: ${s}`,
        (s) => `  keyPass: "${s}"`,
        (s) => `dbPass=${s}`,
        (s) => `dbPass=${s} dbUser=app`,
        (s) => `adminPwd=${s}`,
        (s) => `rootPwd: '${s}'`,
        (s) => `ldapBindPass=${s}`,
        (s) => `storePass=${s}`,
        (s) => `trustStorePass = "${s}"`,
        (s) => `app.mail.smtpPass=${s}`,
        (s) => `mysqlRootPw=${s}`,
        (s) => `config: { host: 'db', user: 'app', dbPass: '${s}', port: 5432 }`,
        (s) => `DataSourceConfig{url=jdbc:postgresql://db:5432/app, user=app, dbPass=${s}, poolSize=10}`,
        (s) => `db config: {Host:db User:app DbPass:${s} Port:5432}`,
        (s) => `settings={'host': 'db', 'dbPass': '${s}'}`,
        (s) => `-DkeystorePass=${s} -Dserver.port=8443`,
        (s) => `export SMTP_HOST=mail SMTP_USER=ada smtpPass="${s}"`,
        (s) => JSON.stringify({ level: 'info', msg: `connector keystorePass="${s}" loaded` }),
        (s) => JSON.stringify({ msg: `ldap config: ldapBindPass=${s}` }),
        (s) => `<keystorePass>${s}</keystorePass>`,
        (s) => `<dbPass>${s}</dbPass>`,
        (s) => `<adminPwd>${s}</adminPwd>`,
        (s) => `<ns:smtpPass>${s}</ns:smtpPass>`,
        (s) => `<add key="keystorePass" value="${s}"/>`,
        (s) => JSON.stringify({ keystorePass: s, keystoreFile: '/opt/ks.jks' }),
        (s) => `{"env":[{"name":"adminPwd","value":"${s}"}]}`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe('a password owner run together with pass, pwd or pw, in capitals or lower case (N4)', () => {
  it.each(
    planted(
      [
        (s) => `DBPASS=${s}`,
        (s) => `export DBPASS="${s}"`,
        (s) => `ADMINPASS=${s}`,
        (s) => `ROOTPASS=${s} ROOTUSER=root`,
        (s) => `SMTPPASS=${s}`,
        (s) => `MYSQLPASS=${s}`,
        (s) => `REDISPASS=${s}`,
        (s) => `LDAPPASS=${s}`,
        (s) => `MAILPASS: ${s}`,
        (s) => `APP_DBPASS=${s}`,
        (s) => `DBPWD=${s}`,
        (s) => `ADMINPWD=${s}`,
        (s) => `BINDPW=${s}`,
        (s) => `$dbpass = '${s}';`,
        (s) => `$dbpass = "${s}";`,
        (s) => `rootpass: ${s}`,
        (s) => `keystorepass=${s}`,
        (s) => `KEYSTOREPASS=${s}`,
        (s) => JSON.stringify({ msg: `env DBPASS=${s}` }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe('words and keys that hold pass but name no password (N4)', () => {
  keeps([
    'compass=north',
    'compass: north-northwest',
    'bypass=true',
    'bypassCache=true',
    'BYPASS=1',
    'cache_bypass=1',
    'cacheBypass=1',
    'allowBypass=false',
    'passport: verified',
    'passportNumber=X1234567',
    'passive=true',
    'isPassive=true',
    'Passenger started with pid 4242',
    'PassengerCount=3',
    '{"PassengerCount":3,"mode":"passthrough"}',
    'passthrough: true',
    'mode=passthrough',
    'PassThrough=1',
    'surpass=2',
    'encompassing=all',
    'ENCOMPASS=1',
    'TRESPASS=no',
    'firstPass=true',
    'canPass=false',
    // A camelCase key's small number or path names no password: filters, render passes, Apache.
    'lowPass=8000',
    'highPass: 200.5',
    'shadowPass=2',
    'showPwd=0',
    'rememberPwd: 1',
    'ProxyPass "/api" "http://backend:8080/api"',
    'keystorePassword=${KEYSTORE_PASSWORD}',
    'keystorePass="${KEYSTORE_PASS}"',
    'keystorePass=""',
    'dbPass: null',
    'adminPwd=********',
    'OLDPWD=/home/ada',
    'oldPwd=/home/ada',
    'PWD=/srv/app',
    'SSHPASS: searching for password prompt using match "assword"',
    'SSLPassPhraseDialog builtin',
    'ProxyPassReverse /app http://backend:8080/app',
    'ProxyPass /app http://backend:8080/app',
    'passwordPolicy=strict',
    'KeePass 2.57 started',
    'Test Suites: 12 passed, 12 total',
    'numPassedTests=42 numFailedTests=0',
    'dbPassword: [REDACTED:password-assignment]',
  ]);
});
