/**
 * Mail clients' transcripts (round 41): IMAP's LOGIN, POP3's PASS, sendmail's AuthInfo entry and
 * offlineimap's `remotepass`, as debug logs print them. What stays: prose about logins, an IMAP
 * server's answers, Jest's `PASS` lines.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x3141);
const keeps = keepsEach(scrubber);

describe("a mail client's password in its transcript", () => {
  it.each(
    planted(
      [
        (s) => `>>> 1 LOGIN li.wei@example.com ${s}`,
        (s) => `A1 LOGIN ada@example.org "${s}"`,
        (s) => `  13:08.73 > b'KRKA1 LOGIN ada@example.org "${s}"'`,
        (s) => `C: a001 LOGIN "ada" "${s}"`,
        (s) => `C: PASS ${s}`,
        (s) => `AuthInfo:smtp.example.org "U:smmsp" "I:ada@example.org" "P:${s}" "M:PLAIN"`,
        (s) => `imap.example.org:993: remotepass = ${s}`,
      ],
      () => sample.password(),
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps([
    'Failed LOGIN attempt for user ada',
    '2024-01-01 user login failed for bob',
    'a001 OK LOGIN completed',
    'S: +OK Password required for ada',
    'PASS src/app.test.ts (5.2 s)',
    '* OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE AUTH=PLAIN] Dovecot ready.',
  ]);
});
