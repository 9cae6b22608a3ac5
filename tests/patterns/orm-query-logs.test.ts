/**
 * Round 47 (databases, queues and caches): ORMs' query logs that print a statement and its
 * bindings in shapes the bindings reader did not know (Drizzle's `-- params:`, Prisma's query
 * event as JSON, peewee's tuple, Sequelize's values after the `;`), a credentials table's
 * `key`, `hash` or session `id` column, whose name says nothing, and a password that holds or
 * opens with `&` outside a query string. What stays: the other columns' values, a users table's
 * id in a join with sessions, a query string's next parameter.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x4747);
const keeps = keepsEach(scrubber);
const goes = goesEach(scrubber);

describe("a value bound to a credentials table's column", () => {
  goes(
    [
      (s) => `Query: select "id", "user_id", "expires_at" from "session" where "session"."id" = $1 -- params: ["${s}"]`,
      (s) => `prisma:query SELECT "public"."ApiKey"."id", "public"."ApiKey"."userId" FROM "public"."ApiKey" WHERE "public"."ApiKey"."key" = $1 LIMIT $2 OFFSET $3 Params: ["${s}",1,0]`,
      (s) =>
        JSON.stringify({
          level: 'debug',
          msg: 'prisma query',
          query: 'SELECT "public"."Session"."id" FROM "public"."Session" WHERE "public"."Session"."sessionToken" = $1 LIMIT $2 OFFSET $3',
          params: JSON.stringify([s, 1, 0]),
          duration: 12,
        }),
      (s) => `DEBUG peewee ('SELECT "t1"."id", "t1"."user_id" FROM "apitoken" AS "t1" WHERE ("t1"."key" = ?) LIMIT ? OFFSET ?', ['${s}', 1, 0])`,
      (s) => `{"level":20,"sql":"update \\"remember_me_tokens\\" set \\"hash\\" = ?, \\"updated_at\\" = ? where \\"id\\" = ?","bindings":["${s}","2025-03-18 03:39:11",187857]}`,
    ],
    () => sample.base64url(40),
  );
  goes(
    [
      (s) => `Executing (default): UPDATE "smtp_settings" SET "password"=$1,"updatedAt"=$2 WHERE "id" = $3; "${s}", "2024-03-12 08:56:04.021 +00:00", 76`,
      (s) => `DEBUG django.db.backends (0.003) SELECT "authtoken_token"."key", "authtoken_token"."user_id" FROM "authtoken_token" WHERE "authtoken_token"."key" = '${s}' LIMIT 21; args=('${s}',); alias=default`,
      (s) => `1718229407501|15|statement|connection 16|url jdbc:postgresql://db:5432/core|select id from api_keys where key=?|select id from api_keys where key='${s}'`,
    ],
    () => sample.hex(40),
  );
  keeps([
    `{"level":20,"sql":"select \\"users\\".* from \\"users\\" inner join \\"sessions\\" on \\"sessions\\".\\"user_id\\" = \\"users\\".\\"id\\" where \\"users\\".\\"id\\" = ? limit ?","bindings":["${sample.uuid()}",1]}`,
    `Query: select "id" from "session" where "session"."user_id" = $1 -- params: ["${sample.uuid()}"]`,
    `SELECT "tokens"."id" FROM "tokens" WHERE "tokens"."kind" = 'refresh' LIMIT 21`,
    `User Load (0.4ms)  SELECT "users".* FROM "users" WHERE "users"."id" = $1 LIMIT $2  [["id", 5], ["LIMIT", 1]]`,
    `Executing (default): UPDATE "projects" SET "name"=$1 WHERE "id" = $2; "${sample.alnum(24)}", 76`,
  ]);
});

describe('a password that holds or opens with & outside a query string', () => {
  goes(
    [
      (s) => `memcached 21:30:15.74 INFO  ==> Configuring SASL: MEMCACHED_USERNAME=cacheuser MEMCACHED_PASSWORD=${s}`,
      (s) => `Server=tcp:ledger.database.windows.net,1433;User ID=inventory;Password=${s};MultipleActiveResultSets=False`,
    ],
    () => `&${sample.alnum(6)}&${sample.alnum(4)}!${sample.alnum(5)}`,
  );
  goes([(s) => `2024-08-15T10:10:18.064745Z stdout F REDIS_PASSWORD=${s} REDIS_REPLICATION_MODE=master`], () => `!X@${sample.alnum(10)}&&${sample.alnum(3)}~c=${sample.alnum(5)}`);
  keeps(['POST /login body=password=&remember=1', 'GET /search?q=a&page=2&sort=asc']);
  it('ends a form field before the next', () => {
    expectOnlySecretGone(scrubber, 'POST /login body=username=ada&password=hunter2x&remember=1', 'hunter2x');
  });
});
