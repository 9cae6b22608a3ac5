/**
 * Rounds 43 and 44 (a SaaS company's day, HTTP debug output): tokens kept as the names of Redis
 * keys, a calendar feed's secret URL, Rack's and ASP.NET Core's session cookies in a HAR, wget's
 * stored cookies, a vendor's `<prefix>_live_` key in prose, PagerDuty's routing key, Twilio's
 * client made with an SID and its secret, and an OAuth code in a logged query object. What stays:
 * ids under the same prefixes, AMQP routing keys, error codes beside a state, named files.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectSecretsGone, goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x4344);
const keeps = keepsEach(scrubber);
const goes = goesEach(scrubber);

describe('a token as the name of a store key', () => {
  goes(
    [
      (s) => `1742273390.005099 [1 10.12.61.244:55535] "SETEX" "invite:${s}" "604800" "{\\"workspace_id\\":9510}"`,
      (s) => `1742273390.005099 [0 unix:/run/redis.sock] "GET" "session:${s}"`,
      (s) => `ioredis:redis write command[10.0.0.4:6379]: 0 -> get([ 'myapp:invitation:${s}' ])`,
      (s) => `{"level":20,"msg":"cache set","key":"password_reset:${s}","ttl":3600}`,
      (s) => `DEBUG redis.client: DEL magic_link:${s}`,
    ],
    () => sample.base64url(43),
  );
  keeps([
    `"GET" "user:${sample.uuid()}"`,
    `"INCR" "ratelimit:login:203.0.113.9"`,
    '"SET" "invite:count:workspace_9510" "3"',
    `"HGETALL" "bull:emails:${sample.digits(6)}"`,
  ]);
});

describe("a calendar feed's secret URL", () => {
  goes(
    [
      (s) => `"GET https://app.example.com:443/ical/initech/${s}.ics HTTP/1.1" 200 62643 "Google-Calendar-Importer"`,
      (s) => `webcal://calendar.example.org/feeds/${s}.ics`,
    ],
    () => sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 40),
  );
  goes([(s) => `GET /calendar/ical/ada%40example.com/private-${s}/basic.ics 200`], () => sample.hex(32));
  keeps(['GET /downloads/team-holidays-2025.ics 200', 'GET /calendar/ical/en.usa%23holiday%40group.v.calendar.google.com/public/basic.ics 200']);
});

describe('session cookies a HAR and wget print', () => {
  goes(
    [
      (s) => `"cookies":[{"name":"rack.session","value":"${s}"}],"queryString":[]`,
      (s) => `{"name": ".AspNetCore.Cookies", "value": "${s}", "path": "/", "httpOnly": true}`,
      (s) => `Stored cookie portal.example.com -1 (ANY) / <session> <secure> [expiry 2024-04-09 12:32:03] __session ${s}`,
      (s) => `Stored cookie www.example.com -1 (ANY) / <session> <secure> [expiry none] JSESSIONID ${s}`,
    ],
    () => sample.base64url(43),
  );
  keeps([
    '{"name":".AspNetCore.Culture","value":"c=en-US|uic=en-US"}',
    'Stored cookie www.example.com -1 (ANY) / <permanent> <insecure> [expiry 2025-01-01 00:00:00] lang en-US',
  ]);
});

describe("a service's key by its shape or its service's name", () => {
  goes(
    [
      (s) => `customer soylent says key ${s} gets 401 on /v1/timesheets, works for me on staging`,
      (s) => `{"msg":"retrying with key","apiKey":"${s}"}`,
    ],
    () => `tfk_live_${sample.alnum(32)}`,
  );
  goes(
    [
      (s) => `{"event": "pagerduty.trigger", "routing_key": "${s}", "dedup_key": "db-replica-lag-63480e10"}`,
      (s) => `pagerduty: service_key=${s} event_type=trigger`,
    ],
    () => sample.hex(32),
  );
  // An API key's SID goes too, as it does anywhere (twilio-api-key); an account's SID stays.
  it('a Twilio client made with an API key and its secret', () => {
    const [sid, secret] = [`SK${sample.hex(32)}`, sample.alnum(32)];
    expectSecretsGone(scrubber, `>>> client = Client('${sid}', '${secret}', account_sid='AC${sample.hex(32)}')`, [sid, secret]);
  });
  goes([(s) => `const client = twilioFactory("AC${sample.hex(32)}", "${s}");`], () => sample.hex(32));
  keeps([
    `pk_live_${sample.alnum(32)}`,
    '{"delivery_info": {"exchange": "", "routing_key": "celery", "priority": 0}}',
    "basic_publish exchange='amq.topic' routing_key='tenant.42.invoice.paid'",
    `{"account_sid":"AC${sample.hex(32)}","sid":"SM${sample.hex(32)}","status":"queued"}`,
  ]);
});

describe('an OAuth code in a logged query object', () => {
  goes(
    [
      (s) => `{"level":30,"msg":"ally callback received","driver":"github","query":{"code":"${s}","state":"o0dEKE7f-M_ksZN1W5udqRG-YVOLncsR"}}`,
      (s) => `callback params { state: 'o0dEKE7f', code: '${s}' }`,
    ],
    () => sample.hex(20),
  );
  keeps(['{"err":{"code":"E_INVALID_CREDENTIALS_FOR_USER","state":"rejected"}}', '{"code":"ERR_ORDER_ALREADY_PAID","state":"paid","scope":"billing"}']);
});
