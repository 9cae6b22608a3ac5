/**
 * config/logger.ts of an AdonisJS 6 app (@adonisjs/core 6, @adonisjs/logger 6), logging through
 * logscrub: every line is redacted in pino's worker thread before a byte of it is written.
 *
 *   npm install logscrub
 *
 * `logscrub/pino` is resolved from the app's node_modules like any pino target. Its options cross
 * into the worker thread by structured clone, so they must be plain data: no functions, no
 * streams, no class instances (the logscrub config inline as an object, or the absolute path of a
 * `logscrub.config.json`).
 *
 * AdonisJS 7 (@adonisjs/core 7, @adonisjs/logger 7, Node >= 24): the same targets work as they
 * are. Its starter config also sets `destination: !app.inProduction ? await syncDestination() :
 * undefined`; while `destination` is set, @adonisjs/logger 7 ignores `transport` altogether, so
 * leave `destination` undefined wherever a logscrub target must run (or wrap it in logscrub's
 * in-process form, see ../README.md).
 */
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, targets } from '@adonisjs/core/logger'
import type { LogscrubConfig } from 'logscrub'

/**
 * The built-in rules already know AdonisJS: Bearer JWTs, `oat_` access tokens, signed (`s:`) and
 * encrypted (`e:`) cookies such as `adonis-session`, `remember_web` and `XSRF-TOKEN`, raw or
 * URI-encoded, in headers, `Set-Cookie`, query strings and messages. Add only what is yours.
 */
const scrub: LogscrubConfig = {
  // Header, field and query parameter names of your own whose values are always secrets.
  sensitiveKeys: ['x-api-key', 'x-internal-signature'],
  // Random-looking values that are not secrets, so they stay readable.
  safeKeys: ['request_id', 'trace_id'],
}

const loggerConfig = defineConfig({
  default: 'app',

  /**
   * The loggers object can be used to define multiple loggers.
   * By default, we configure only one logger (named "app").
   */
  loggers: {
    app: {
      enabled: true,
      name: env.get('APP_NAME'),
      level: env.get('LOG_LEVEL'),
      transport: {
        targets: [
          ...targets()
            // Production: a file (rotated with logrotate's copytruncate, or read by an agent).
            .pushIf(app.inProduction, {
              target: 'logscrub/pino',
              level: 'info',
              options: {
                destination: app.makePath('storage/logs/app.log'),
                mkdir: true,
                config: scrub,
              },
            })
            // Containers (ECS, Lambda, Kubernetes): stdout, which the platform ships on to
            // CloudWatch Logs or elsewhere. `LOG_TO_STDOUT: Env.schema.boolean.optional()` in
            // start/env.ts.
            .pushIf(app.inProduction && env.get('LOG_TO_STDOUT') === true, {
              target: 'logscrub/pino',
              level: 'info',
              options: { destination: 'stdout', config: scrub },
            })
            .toArray(),
          // Development: pino-pretty, fed by logscrub, so the terminal shows redacted lines too.
          ...(app.inProduction
            ? []
            : [
                {
                  pipeline: [
                    { target: 'logscrub/pino', options: { destination: 'next', config: scrub } },
                    { target: 'pino-pretty' },
                  ],
                },
              ]),
        ],
      },
    },
  },
})

export default loggerConfig

/**
 * Inferring types for the list of loggers you have configured
 * in your application.
 */
declare module '@adonisjs/core/types' {
  export interface LoggersList extends InferLoggers<typeof loggerConfig> {}
}
