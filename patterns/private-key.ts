import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { sample } from './sample.js';

const body = [sample.base64(64), sample.base64(64), `${sample.base64(40)}==`];
const iv = (body[0] as string).slice(0, 32).replace(/[^A-Za-z0-9]/g, 'F');

/**
 * PEM private keys. The BEGIN and END markers stay; the body goes, whether the key is on one
 * line (JSON with `\n` escapes) or arrives one line per log event.
 */
export const privateKeyRules: readonly RuleSpec[] = [
  {
    id: 'private-key',
    family: 'private-key',
    description: 'PEM private key block (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP), one line or many',
    regex: String.raw`-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----`,
    keywords: ['private key'],
    kind: 'pem-begin',
    secretGroup: 0,
    examples: {
      match: [
        {
          input: `{"key":"-----BEGIN RSA PRIVATE KEY-----\\n${body.join('\\n')}\\n-----END RSA PRIVATE KEY-----\\n"}`,
          output: `{"key":"-----BEGIN RSA PRIVATE KEY-----${label('private-key')}-----END RSA PRIVATE KEY-----\\n"}`,
        },
        {
          input: `-----BEGIN PRIVATE KEY-----\n${body.join('\n')}\n-----END PRIVATE KEY-----`,
          output: `-----BEGIN PRIVATE KEY-----\n${label('private-key')}\n${label('private-key')}\n${label('private-key')}\n-----END PRIVATE KEY-----`,
        },
        {
          input: `2026-01-01T00:00:00Z\tr1\t-----BEGIN EC PRIVATE KEY-----\n2026-01-01T00:00:00Z\tr1\t${body[0]}\n2026-01-01T00:00:00Z\tr1\t-----END EC PRIVATE KEY-----`,
          output: `2026-01-01T00:00:00Z\tr1\t-----BEGIN EC PRIVATE KEY-----\n2026-01-01T00:00:00Z\tr1\t${label('private-key')}\n2026-01-01T00:00:00Z\tr1\t-----END EC PRIVATE KEY-----`,
        },
        // An encrypted key's headers on one line stay, its base64 goes; escapes stay whole (issue 7).
        {
          input: `{"key":"-----BEGIN RSA PRIVATE KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: AES-128-CBC,${iv}\\n\\n${body.join('\\n')}\\n-----END RSA PRIVATE KEY-----"}`,
          output: `{"key":"-----BEGIN RSA PRIVATE KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: AES-128-CBC,${label('private-key')}\\n\\n${body.map(() => label('private-key')).join('\\n')}\\n-----END RSA PRIVATE KEY-----"}`,
        },
      ],
      noMatch: ['-----BEGIN PUBLIC KEY-----', '-----BEGIN CERTIFICATE-----', 'no PRIVATE KEY here', 'paste it between -----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY----- lines'],
    },
  },
];
