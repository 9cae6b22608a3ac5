/**
 * Rounds 51 to 53: credentials of single sign-on, the web's edge and the BEAM that hold a shape or
 * a place of their own (patterns/identity-and-edge.ts), each as a class, and the look-alikes
 * beside them that stay.
 */
import { describe } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5153);
const goes = goesEach(scrubber);
const keeps = keepsEach(scrubber);

const lower36 = (n: number): string => sample.from('abcdefghijklmnopqrstuvwxyz0123456789', n);

describe("an Erlang distribution cookie, which lets a node run code on the cluster", () => {
  goes(
    [
      (s) => `+ exec /srv/app/erts-14.2.5/bin/erlexec -noshell -name api@10.0.4.2 -setcookie ${s} -boot start`,
      (s) => `erl -sname debug -setcookie '${s}' -remsh api@host`,
      (s) => `iex --name ops@127.0.0.1 --cookie ${s} --remsh app@web-2`,
      (s) => `RELEASE_COOKIE=${s}`,
      (s) => `{"env":{"RELEASE_COOKIE":"${s}","PORT":"4000"}}`,
      (s) => `Node.set_cookie(:"${s}")`,
      (s) => `erlang:set_cookie(node(), '${s}').`,
    ],
    () => sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 20),
  );
  keeps([
    'curl --cookie cookies.txt https://example.com/',
    'curl -b session.txt --cookie-jar out.txt https://example.com/',
    'RELEASE_COOKIE=${RELEASE_COOKIE}',
    'erl -setcookie $COOKIE -sname a',
    'iex> Node.get_cookie()',
  ]);
});

describe('sealed sessions, single sign-on tickets and Kerberos tokens', () => {
  goes(
    [
      (s) => `Set-Cookie: sid=${s}; Path=/; HttpOnly`,
      (s) => `[nuxt-session] unseal failed for "${s}"`,
    ],
    () => `Fe26.2**${sample.hex(64)}*${sample.base64url(22)}*${sample.base64url(43)}**${sample.hex(64)}*${sample.base64url(43)}`,
  );
  goes(
    [
      (s) => `DefaultTicketRegistry - Added ticket [${s}] to registry.`,
      (s) => `CASTGC=${s}; Path=/cas/`,
    ],
    () => `TGT-${sample.digits(3)}-${sample.alnum(40)}-cas-1`,
  );
  goes([(s) => `Authorization: Negotiate ${s}`, (s) => `kerberos: sending SPNEGO token Negotiate ${s}`], () => `YII${sample.base64(90)}`);
  keeps(['Fe26.2 is the seal format of @hapi/iron', 'TGT-1-expired', 'ticket=ST-42', 'WWW-Authenticate: Negotiate', 'Authorization: Negotiate <token>']);
});

describe("vendor keys of the edge and of messaging: Ably, Akamai EdgeGrid, VAPID, deploy hooks", () => {
  goes([(s) => `Ably: Auth(): using basic auth; key=xVLyHw.DQ5Hig:${s}`, (s) => `[ably] Realtime.connect(): using key xVLyHw.DQ5Hig:${s}`], () => sample.base64url(43));
  goes(
    [(s) => `client_token = ${s}`, (s) => `[default] access_token=${s}`],
    () => `akab-${lower36(16)}-${lower36(16)}`,
  );
  goes([(s) => `webpush.setVapidDetails("mailto:ops@example.com", "BH67${sample.base64url(83)}", "${s}")`], () => sample.base64url(43));
  goes([(s) => `POST https://api.vercel.com/v1/integrations/deploy/prj_${sample.alnum(28)}/${s}`], () => sample.alnum(10));
  goes([(s) => `curl -X POST https://api.netlify.com/build_hooks/${s}`], () => sample.hex(24));
  keeps([
    'host=akab-lxb2rd1c2mrodozr-yhemzxsshiwykjgh.luna.akamaiapis.net',
    'Ably: Auth(): using token auth; clientId=web-42',
    'webpush.setVapidDetails(subject, publicKey, privateKey)',
    'https://api.netlify.com/build_hooks/',
  ]);
});
