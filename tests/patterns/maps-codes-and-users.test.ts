/**
 * What earlier rounds left leaking: Clojure's maps, one-time codes under a JSON key or after the
 * word OTP, and a 40-hex token as a URL's user whose entropy is low. Each as a class, with the
 * look-alikes beside them that stay.
 */
import { describe } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5858);
const goes = goesEach(scrubber);
const keeps = keepsEach(scrubber);

describe("a secret's keyword in a Clojure map or EDN, and its string", () => {
  goes(
    [
      (s) => `INFO  metabase.driver :: Connecting with {:dbname "mb", :user "mb", :password "${s}", :port 5432}`,
      (s) => `{:user "metabase" :password "${s}" :host "db.internal"}`,
      (s) => `{"msg":"config {:db/password \\"${s}\\", :db/user \\"mb\\"}"}`,
      (s) => `(jdbc/get-connection {:subprotocol "postgresql" :db-pass "${s}"})`,
      (s) => `[:client-secret "${s}"]`,
    ],
    () => sample.password(),
  );
  goes(
    [(s) => `{:access-token "${s}", :expires-in 3600}`, (s) => `ring.session {:refresh-token "${s}" :uid 42}`],
    () => sample.alnum(32),
  );
  keeps([
    '{:password nil, :user "mb"}',
    '{:password ""}',
    '{:token-type "bearer", :token "expired"}',
    '{:keyword :password, :type "string"}',
    '(s/def :user/password string?)',
  ]);
});

describe('one-time codes under a JSON key that names their kind, or after the word OTP', () => {
  goes(
    [
      (s) => `{"ClientId":"3n4b5urk1ft4fl3mg5e62d9ado","Username":"jane","ConfirmationCode":"${s}","Password":"[REDACTED]"}`,
      (s) => `{"verificationCode":"${s}","channel":"sms"}`,
      (s) => `{"sms_code": "${s}"}`,
      (s) => `{"msg":"confirm {\\"email_code\\":\\"${s}\\"}"}`,
      (s) => `2026-11-30 10:00:01,123 INFO [org.keycloak.authentication] Generated email OTP ${s} for user jdoe`,
      (s) => `otp=${s}`,
      (s) => `OTP: ${s}`,
      (s) => `Your OTP is ${s}.`,
      (s) => `sending OTP ${s} to +4477`,
      (s) => `OTP for jdoe: ${s}`,
      (s) => `verifying passcode ${s} for session`,
    ],
    () => sample.digits(6),
  );
  keeps([
    '{"statusCode":"200","errorCode":"E1001"}',
    '{"emailCode":"WELCOME"}',
    'error: otp 5 attempts exceeded',
    'otp length 6',
    'OTP 2026-12-01 rollout',
    'otp_expiry=3000',
    'hotplug 1234 event',
    'otpauth://totp/Acme:jane?issuer=Acme',
  ]);
});

describe("a hex token as a URL's user, whatever its entropy", () => {
  goes(
    [(s) => `git clone https://${s}@github.com/acme/app.git`, (s) => `remote: https://${s}:x-oauth-basic@github.com/org/repo`],
    () => 'acc6864057a0560f999065b17af869904620160f',
  );
  goes([(s) => `fetching https://${s}@git.example.com/r.git`], () => sample.hex(40));
  keeps(['https://deadbeef@host/x', 'ssh://git@github.com/org/repo.git', 'https://deploy42@git.example.com/r.git']);
});

describe('a flag that says there is no password', () => {
  keeps(['python3 GetUserSPNs.py -no-pass CORP.local/jdoe@dc01 -dc-ip 10.0.0.1', 'secretsdump.py -no-pass -k CORP/dc01$@dc01.corp.local']);
});
