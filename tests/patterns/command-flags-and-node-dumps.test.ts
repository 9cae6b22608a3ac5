import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { lineKeptBy, secretsGoFrom } from '../support/only-secret-gone.js';

/**
 * Session 36's classes (blind rounds 66 to 72): a command's user and password flags, recovery
 * codes in messages, what Node prints of keys and sessions, and a few shapes of the core stack,
 * each beside the look-alikes that must stay. Values come from a sampler, never from the rounds.
 */
const scrubber = createScrubber();
const s = createSampler(2026120436);
const pw = `${s.alnum(6)}!${s.alnum(4)}`;
const token = s.alnum(32);
const b64 = (n: number): string => s.base64(n);

const goes = secretsGoFrom(scrubber);
const keeps = lineKeptBy(scrubber);

describe('a user and a password as flags of one command', () => {
  it.each([
    [`testsaslauthd -u bob -p '${pw}' -s smtp`],
    [`  2031  register_new_matrix_user -u admin -p '${pw}' -a -c /data/homeserver.yaml http://localhost:8008`],
    [`hdbsql -n localhost:30015 -u SYSTEM -p ${pw} "select * from dummy"`],
    [`mosquitto_ctrl -h localhost -u admin-user -P ${pw} dynsec createClient kitchen-sensor`],
    [`$ mqttx conn -h broker.example.com -p 8883 -l mqtts -i mqttx_ca78c281 -u greenhouse -P '${pw}' --insecure`],
    [`java -jar loader.jar --username ops -p "${pw}" --batch 20`],
    [`pmcmd startworkflow -sv IS_DEV -d Domain -p ${pw} -u admin wf_load`],
    [`{"cmd":"hdbsql -u SYSTEM -p ${pw} -i 00"}`],
  ])('%s', (line) => goes(line, pw));

  it.each([
    [`./TerrariaServer.bin.x86_64 -port 7777 -world /home/t/worlds/Hallow.wld -maxplayers 8 -pass ${pw}`],
    [`orapki wallet create -wallet /u01/app/oracle/wallet -pwd ${pw} -auto_login`],
  ])('a single-dash password flag: %s', (line) => goes(line, pw));

  it.each([
    ['journalctl -u nginx -p err --since today'],
    ['journalctl -u nginx.service -p warning..err -n 50'],
    ['psql -h db.internal -U app -p 5432 -d app -c "select 1"'],
    ['docker run --rm -u node -p 3000:3000 -e NODE_ENV=production app:latest'],
    ['sudo -u postgres psql -p 5433 -c "select 1"'],
    ['mysql -h db -u root -p app_production'],
    ['ps -u www-data -p 1234,5678 -o pid,cmd'],
    ['hdbsql -u SYSTEM -p $HANA_PASSWORD -n db:30015'],
    ['mosquitto_sub -h broker -u sensor -P "${MQTT_PASSWORD}" -t home/#'],
    ['ab -u put.json -p post.json -T application/json http://localhost/'],
    ['pidstat -u -p ALL 1'],
    ['uv pip install -U ruff -p .venv/bin/python'],
    ['ffmpeg -y -i in.mp4 -c:v libx264 -b:v 2M -pass 1 -f null /dev/null'],
    ['openssl enc -aes-256-cbc -salt -pass env:BACKUP_PW -in db.sql -out db.sql.enc'],
    ['openssl rsa -in key.pem -pass file:/run/secrets/key_pw -out plain.pem'],
    ['edquota -u alice -p bob'],
  ])('leaves %s', (line) => keeps(line));

});

describe('recovery codes in messages', () => {
  const code = (): string => `${s.from('abcdefghijklmnopqrstuvwxyz0123456789', 5)}-${s.from('abcdefghijklmnopqrstuvwxyz0123456789', 5)}`;
  it('takes them as a list, after a colon, in groups', () => {
    const [a, b] = [code(), code()];
    goes(`event=recovery_codes_generated user_id=381 codes=["${a}","${b}"]`, a, b);
    // The message's own JSON member: the next member's value is no code, the list after it is.
    const line = `{"level":30,"msg":"generated recovery codes","userId":412,"codes":["${a}","${b}"]}`;
    expect(scrubber.redactLine(line)).toBe('{"level":30,"msg":"generated recovery codes","userId":412,"codes":["[REDACTED:one-time-code]"]}');
    goes(`two_factor_recovery_codes decrypted for user 118 ["${a}", "${b}"]`, a, b);
    goes(`mfa backupcodes regenerated for user_id=42: ["${s.digits(8)}", "${s.digits(8)}"]`);
    const groups = [`${s.hex(4)} ${s.hex(4)}`, `${s.hex(4)} ${s.hex(4)}`];
    goes(`Login Security: recovery codes generated for user #1: ${groups.join(', ')}`, ...groups);
    const spaced = [code(), code(), code()];
    goes(`INFO [mfa-admin] Generated backup codes for user jdoe: ${spaced.join(' ')}`, ...spaced);
    const used = s.digits(8);
    goes(`Two-Factor backup code used: ${used} (new backup code issued)`, used);
  });

  it('leaves messages about backups and recovery', () => {
    keeps('backup completed: 3 files, 120 MB');
    keeps('recovery codes: disabled');
    keeps('backup code: none');
    keeps('backup codes: 10 remaining');
    keeps('[indices.recovery] recovery of [logs][0] from node-1: 1024 files');
    keeps('Starting recovery: shard 3 of index logs-2024.03.12');
  });
});

describe('what Node prints of keys and sessions', () => {
  it('takes a JWK printed by util.inspect, a key as a Buffer, session ids where stores print them', () => {
    const d = s.base64url(43);
    goes(`{ kty: 'EC', x: '${s.base64url(43)}', y: '${s.base64url(43)}', crv: 'P-256', d: '${d}' }`, d);
    goes(`{'kty': 'RSA', 'n': '${s.base64url(86)}', 'e': 'AQAB', 'd': '${d}'}`, d);
    const bytes = s.hex(64).replace(/(..)(?!$)/g, '$1 ');
    goes(`createCipheriv('aes-256-gcm') key=<Buffer ${bytes}> iv=<Buffer de 05 7c bf>`, bytes.slice(0, 20));
    goes(`Mongoose: sessions.updateOne({ _id: '${token}' }, { '$set': { expires: new Date("Tue, 11 Jun 2024 10:57:40 GMT") }}, { upsert: true })`, token);
    goes(`  express-session saving ${token} +3ms`, token);
  });

  it('leaves public members, short buffers, and connect-redis keys (an id without its signature)', () => {
    keeps(`{ kty: 'OKP', crv: 'Ed25519', x: '${s.base64url(43)}' }`);
    keeps('iv=<Buffer de 05 7c bf c5 36 46 48 dc bc 4d b9>');
    keeps(`publicKey: <Buffer ${s.hex(66).replace(/(..)(?!$)/g, '$1 ')}>`);
    keeps('"DEL" "sess:expired"');
    keeps(`1718030411.224561 [0 10.0.3.14:51422] "SETEX" "sess:${token}" "86400" "{}"`);
    keeps('Mongoose: sessions.createIndex({ expires: 1 }, { expireAfterSeconds: 0 })');
    keeps('  express-session no SID sent, generating session +0ms');
  });
});

describe('keys and hashes of the core stack (rounds 71 and 72)', () => {
  it('takes every key of a list, the SCRAM verifier, the secret in an IAM table, a flag quoted whole', () => {
    const keys = [`${b64(22)}==`, `${b64(22)}==`, `${b64(22)}==`];
    goes(`APP_KEYS=${keys.join(',')}`, ...keys);
    const verifier = `${b64(24)}$${b64(43)}=:${b64(43)}=`;
    goes(` app_rw  | SCRAM-SHA-256$4096:${verifier}`, verifier.slice(0, 24));
    const secret = s.base64(40).replace(/=/g, 'A');
    goes(`||  AKIA${s.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)} |  2026-03-11T09:14:22+00:00 |  ${secret} |  Active |  ci-deployer  ||`, secret);
    goes(`+ mysql -h mysql-primary.internal -u root '-p${pw}' -e 'SHOW DATABASES'`, pw);
    const railsKey = s.alnum(32);
    goes(`  primary_key: ${railsKey}`, railsKey);
    goes(`🌱 Seeding database... created admin user admin@example.com with temporary password ${pw}`, pw);
    const plain = Buffer.from(`\0bob@example.org\0${pw}`).toString('base64');
    goes(`postfix/submission/smtpd[2231]: smtpd_sasl_authenticate: sasl_method PLAIN, init_response ${plain}`, plain);
    goes(`[18-Mar-2024 10:20:55 +0000]: <p8h2k1a9> C: AUTHENTICATE "PLAIN" "${plain}"`, plain);
    const recordKey = s.uuid();
    goes(`$ npx cypress run --record --key ${recordKey} --parallel --ci-build-id 8812-1`, recordKey);
    const deviceKey = s.hex(40);
    goes(`INFO two_factor.views.core: TOTP setup for user_id=381 device=default key=${deviceKey} digits=6 step=30`, deviceKey);
    const sqlPw = `${s.alnum(12)}-${s.alnum(4)}`;
    goes(`/etc/mail/spamassassin/local.cf:42:bayes_sql_password       ${sqlPw}`, sqlPw);
    const espKey = `${s.base64(42).slice(0, 42)}E=`;
    goes(`INFO Reading configuration /config/porch.yaml... api: {encryption: {key: ${espKey}}, reboot_timeout: 15min}`, espKey);
    const apiKey = s.alnum(40);
    goes(`[api]\tkey=${apiKey}`, apiKey);
    goes(`settings: {'api': {'key': '${apiKey}', 'allowCrossOrigin': False}}`, apiKey);
  });

  it('leaves a public key named with its environment, a column named primary_key', () => {
    keeps(`DOTENV_PUBLIC_KEY_PRODUCTION="${s.hex(66)}"`);
    keeps(`VAPID_PUBLIC_KEY_STAGING=${s.base64url(87)}`);
    keeps('  primary_key: order_id');
    keeps('postfix/smtpd[2231]: warning: unknown[203.0.113.5]: SASL PLAIN authentication failed: UGFzc3dvcmQ6');
    keeps('logged in with default password policy');
    keeps(`cache set key=${s.hex(32)} ttl=60`);
    keeps(`etag key=${s.hex(32).toUpperCase()}`);
    keeps('put object key=logs/2024/03/12/app.log.gz');
    keeps('{"key":"user:42","value":"x"}');
    keeps('i18n key=checkoutPageSubmitButtonLabelPrimary');
    keeps('curl --cert client.pem --key client-key.pem https://api.example.com/');
    keeps('otp verify ok key=default');
  });
});

describe('what the pass had no room for before (rounds 65, 66 and 70)', () => {
  it('takes query keys, game server login tokens and steamcmd logins', () => {
    const key = s.alnum(24);
    goes(`"POST /v2/rpc/grant_reward?http_key=${key}&unwrap HTTP/1.1" 200 45`, key);
    const sid = s.base64url(64);
    goes(`request /webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list_share&_sid=${sid}`, sid);
    const gslt = s.hex(32).toUpperCase();
    goes(`./cs2 -dedicated +map de_dust2 +sv_setsteamaccount ${gslt} -port 27015`, gslt);
    goes(`steamcmd +force_install_dir /srv/ark +login steambot ${pw} D3CYV +app_update 2430930 validate +quit`, pw, 'D3CYV');
  });

  it("takes back-office admin tools' passwords (round 66)", () => {
    goes(`prdadm> sapcontrol -nr 00 -host sapapp01 -user sapadm ${pw} -function StopSystem ALL`, pw);
    goes(`hdbadm@hanaprd:~> hdbuserstore SET BACKUPKEY hanaprd:30013@SYSTEMDB BACKUP_OPERATOR ${pw}`, pw);
    goes(`applmgr@ebsapp01$ FNDCPASS apps/${pw} 0 Y system/${pw}x SYSTEM APPLSYS ${pw}y`, pw);
    goes(`psadm2@pshr01$ psdmtx -CT ORACLE -CD HCMPRD -CO PS -CP ${pw} -CI people -CW ${pw}z -FP /tmp/r.dms`, pw);
    goes(`[root@ds01 ~]# dsconf -D "cn=Directory Manager" -w ${pw} ldap://ds01.corp.local:389 backend create`, pw);
    goes(`[smuser@ps01 bin]$ ./smreg -su ${pw}`, pw);
    goes(`isam@webseal01:~$ pdadmin -a sec_master -p ${pw} server list`, pw);
    goes(`[infa@etl01 bin]$ ./infacmd.sh isp ListServices -dn Domain_ETL -un Administrator -pd ${pw}`, pw);
    const azure = s.base64(64);
    goes(`{"key":"fs.azure.account.key.acmedatalake.dfs.core.windows.net","value":"${azure}","isFinal":false}`, azure);
    const s2 = s.hex(32).toUpperCase();
    goes(`DRIVER options: {"securityKeys":{"S2_Unauthenticated":"${s2}","S0_Legacy":"${s2}"}}`, s2);
    goes(`zwave-js-ui | Environment: KEY_S0_Legacy=${s2} TZ=Europe/Amsterdam`, s2);
  });

  it('leaves anonymous logins and help desk tickets', () => {
    keeps('steamcmd +force_install_dir /srv/x +login anonymous +app_update 740 validate +quit');
    keeps('GET /support?ticket=12345 HTTP/1.1');
    keeps('GET /help?ticket=open&sort=desc');
    keeps('hdbuserstore LIST');
    keeps('applmgr@ebsapp01$ FNDCPASS apps/***** 0 Y system/***** SYSTEM APPLSYS *****');
    keeps('sapcontrol -nr 00 -function GetProcessList');
    keeps('Node 024: granted S2_Authenticated, S2_AccessControl');
  });
});
