/**
 * Round 41 (auth flows and tooling), the classes it showed past the first fixes: Impacket's
 * command lines, Google app passwords, Adyen's keys as its Customer Area gives them, Checkout.com
 * keys, Okta activation links. Each as a class, with the look-alikes beside them that stay.
 */
import { describe } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x4141);
const goes = goesEach(scrubber);
const keeps = keepsEach(scrubber);

describe("Impacket's password and NT hash on its command line", () => {
  goes(
    [
      (s) => `$ getTGT.py CORP.LOCAL/ada:'${s}' -dc-ip 10.0.0.5`,
      (s) => `impacket-wmiexec -dc-ip 10.0.0.1 corp.local/ada:"${s}"@10.0.0.9`,
      (s) => `psexec.py administrator:${s}@192.168.1.20 cmd.exe`,
    ],
    () => sample.password(),
  );
  goes([(s) => `secretsdump.py -hashes aad3b435b51404eeaad3b435b51404ee:${s} CORP/administrator@10.0.0.5`, (s) => `impacket-psexec -hashes :${s} admin@10.0.0.7`], () => sample.hex(32));
  keeps(['psexec.py CORP/ada@10.0.0.5 -k', 'secretsdump.py -k CORP/administrator@dc01.corp.local', 'python3 setup.py install']);
});

describe('a Google app password where the line names Gmail or an app password', () => {
  goes(
    [
      (s) => `{"content": "[smtp.gmail.com]:587 ada@example.com:${s}\\n", "dest": "/etc/postfix/sasl_passwd"}`,
      (s) => `msmtp: account default: host smtp.gmail.com port 587 auth on user ada@example.com password ${s}`,
      (s) => `GMAIL_APP_PASSWORD="${s}"`,
    ],
    () => [0, 1, 2, 3].map(() => sample.from('abcdefghijklmnopqrstuvwxyz', 4)).join(' '),
  );
  keeps(['gmail: sent the mail from your home account', 'app password: none set for ada', 'GMAIL_APP_PASSWORD=${GMAIL_APP_PASSWORD}']);
});

describe("payment providers' keys as they are issued", () => {
  goes(
    [(s) => `X-API-Key: ${s}`, (s) => `Request headers: {Content-Type=application/json, X-API-Key=${s}}`],
    () => `AQE${sample.base64(80)}=-${sample.base64(43)}=-${sample.from('!#$%()*+:;<>?@[]^_{}~Aa0', 16)}`,
  );
  goes([(s) => `{"headers":{"Authorization":"${s}"},"url":"https://api.checkout.com/payments"}`], () => `sk_sbox_${sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 26)}`);
  keeps(['sk_buff_data_transfer_ready_ok', `AQE_${'a'.repeat(40)}`]);
});

describe("an Okta activation or recovery link's token", () => {
  goes([(s) => `{"activationUrl":"https://acme.okta.com/tokens/${s}/verify","msg":"user activation link"}`], () => sample.alnum(20));
  keeps(['GET /api/v1/tokens/verify 200', '"activationUrl":"https://acme.okta.com/tokens/<token>/verify"']);
});
