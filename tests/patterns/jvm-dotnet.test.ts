/**
 * Enterprise JVM and .NET logs (round 28): Spring's property resolver and its actuator print a
 * secret's value beside what names it. The value goes; the key and the property's source stay.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x1d28);
const keeps = keepsEach(scrubber);

const password = (): string => `${sample.alnum(10)}_${sample.alnum(6)}`;

describe("Spring's property resolver at DEBUG", () => {
  it.each(
    planted(
      [
        (s) => `o.s.c.e.PropertySourcesPropertyResolver : Resolved placeholder 'spring.datasource.password' as '${s}'`,
        (s) => `PropertySourcesPropertyResolver - Found key 'spring.datasource.hikari.password' in PropertySource 'systemEnvironment' with value of type String: ${s}`,
      ],
      password,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps([
    "PropertySourcesPropertyResolver  : Found key 'spring.flyway.password' in PropertySource 'configurationProperties' with value of type String",
    "Resolved placeholder 'spring.datasource.url' as 'jdbc:postgresql://db/app'",
  ]);
});

describe("Spring Boot's actuator: each property's value and its origin", () => {
  it.each(planted([(s) => `{"spring.datasource.password":{"value":"${s}","origin":"System Environment Property \\"SPRING_DATASOURCE_PASSWORD\\""}}`], password))('%s', (line, s) =>
    expectOnlySecretGone(scrubber, line, s),
  );

  keeps([
    '{"propertySources":[{"name":"applicationConfig","properties":{"slack.bot-token":{"value":"null","origin":"class path resource [application.yml] - 66:26"},"spring.data.redis.password":{"value":"******","origin":"class path resource [application.yml] - 11:8"}}}]}',
  ]);
});
