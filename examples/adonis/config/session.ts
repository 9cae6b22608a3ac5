/**
 * config/session.ts of an AdonisJS 6 app (@adonisjs/session 7): settings that keep session
 * tokens out of logs (and out of scripts) in the first place. logscrub redacts what still gets
 * logged; these make less of it worth stealing.
 *
 * - The session cookie holds an opaque, random session id, signed (`s:…`): nothing about the user.
 *   With a server-side store (redis, file, database) that id is all a request carries.
 * - With the `cookie` store the whole session (user id, flash messages, the CSRF secret) travels
 *   on every request in a second, encrypted cookie named after the session id: every logged
 *   Cookie header then carries a replayable session. Prefer a server-side store in production.
 * - httpOnly: page scripts (and an XSS) cannot read the cookie; secure: never sent over plain
 *   HTTP; sameSite lax: not sent on cross-site subrequests.
 *
 * AdonisJS 7 (@adonisjs/session 8): the same settings.
 */
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'

const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'adonis-session',

  /**
   * When set to true, the session id cookie will be deleted
   * once the user closes the browser.
   */
  clearWithBrowser: false,

  /**
   * Define how long to keep the session data alive without
   * any activity. Short lived: a leaked id expires soon.
   */
  age: '2h',

  /**
   * Configuration for session cookie and the
   * cookie store
   */
  cookie: {
    path: '/',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },

  /**
   * The store to use: `redis` in production keeps session data on the server and only the
   * signed id in the cookie. SESSION_DRIVER is validated in start/env.ts:
   * `SESSION_DRIVER: Env.schema.enum(['cookie', 'redis', 'memory'] as const)`.
   */
  store: env.get('SESSION_DRIVER'),

  /**
   * List of configured stores. Refer documentation to see
   * list of available stores and their config.
   */
  stores: {
    // Development and tests only: the session data rides in an encrypted cookie.
    cookie: stores.cookie(),
    // Production: needs @adonisjs/redis and a `main` connection in config/redis.ts.
    redis: stores.redis({ connection: 'main' }),
  },
})

export default sessionConfig
