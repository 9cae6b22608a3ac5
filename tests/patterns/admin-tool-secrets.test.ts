/**
 * Round 52 (identity and single sign-on), the classes it showed past the first fixes: Kerberos and
 * Samba admin commands, PowerShell's SecureString from plain text, RADIUS's test client, keytabs in
 * base64, authenticator exports and recovery codes in a message. Each as a class, with the
 * look-alikes beside them that stay.
 */
import { describe } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5252);
const goes = goesEach(scrubber);
const keeps = keepsEach(scrubber);

describe('a password on an admin command line of Kerberos, Samba or PowerShell', () => {
  goes(
    [
      (s) => `kadmin -p admin/admin@CORP.LOCAL -w '${s}' -q "ktadd -k /etc/krb5.keytab host/web01"`,
      (s) => `kadmin.local -w ${s} -q listprincs`,
      (s) => `ktpass /princ HTTP/www.contoso.com@CORP.LOCAL /mapuser CORP\\svc-web /pass ${s} /crypto AES256-SHA1 /out C:\\temp\\web.keytab`,
      (s) => `ktpass -princ host/a@B -pass "${s}" -out a.keytab`,
      (s) => `net ads join -U 'administrator%${s}' createcomputer=Servers/Linux`,
      (s) => `rpcclient -U "CORP\\ada%${s}" dc01 -c enumdomusers`,
      (s) => `smbcacls //fs01/share dir -U ada%${s}`,
      (s) => `PS C:\\> Set-ADAccountPassword -Identity ada -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "${s}" -Force)`,
      (s) => `$sec = ConvertTo-SecureString -AsPlainText -Force -String '${s}'`,
    ],
    () => sample.password(),
  );
  keeps([
    'ktpass /princ HTTP/www.contoso.com@CORP.LOCAL /mapuser CORP\\svc-web /pass * /out web.keytab',
    'kadmin -p admin/admin -q "listprincs"',
    'net ads join -U administrator createcomputer=Servers/Linux',
    'net ads testjoin: Join is OK',
    '$sec = ConvertTo-SecureString -AsPlainText $plain -Force',
  ]);
});

describe("radtest's password and shared secret", () => {
  goes(
    [
      (s) => `radtest ada ${s} radius.example.org 0 ${s}`,
      (s) => `+ radtest -t pap bob.j '${s}' 10.0.0.5:1812 10 "${s}"`,
    ],
    () => sample.password(),
  );
  keeps(['radtest: command not found', 'Usage: radtest [OPTIONS] user passwd radius-server[:port] nas-port-number secret [ppphint] [nasname]']);
});

describe('a keytab in base64, the seeds of an authenticator export, recovery codes in a message', () => {
  goes(
    [(s) => `KRB5_KEYTAB_B64=${s}`, (s) => `{"keytab":"${s}","principal":"HTTP/web@CORP.LOCAL"}`],
    () => Buffer.from([5, 2, ...Buffer.from(sample.hex(80), 'hex')]).toString('base64'),
  );
  goes([(s) => `scanned QR: otpauth-migration://offline?data=${s}`], () => encodeURIComponent(sample.base64(64)));
  // One code a list here: a list of more goes as one span, first code to last (the catalog's example).
  goes(
    [
      (s) => `2024-08-21T10:56:31.887Z INFO  [2fa] generated backup codes for user_id=98539: ["${s}"]`,
      (s) => `recovery codes regenerated for ada@example.com: ['${s}']`,
    ],
    () => `${sample.alnum(4)}-${sample.alnum(4)}-${sample.alnum(4)}`,
  );
  keeps([
    'keytab: FILE:/etc/krb5.keytab',
    '{"default_keytab_name":"FILE:/etc/security/keytabs/http.service.keytab"}',
    'backup codes remaining: 3',
    'recovery codes: [] (none left)',
  ]);
});
