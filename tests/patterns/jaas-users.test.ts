/**
 * A JAAS login module's options on one line, as Kafka's `sasl.jaas.config` and a broker's
 * `KafkaServer { … }` section write them: `user_<name>="…"` is that user's password (PLAIN's broker
 * side, ZooKeeper's DigestLoginModule). A red-team review (N9) found them kept while `password="…"`
 * went. Every password goes; the module, the user names and the other options stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectSecretsGone, keepsEach } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x7aa5);
const password = (): string => `${sample.alnum(5)}#${sample.alnum(6)}`;

const keeps = keepsEach(scrubber);

type Maker = (a: string, b: string, c: string) => string;
const plain = 'org.apache.kafka.common.security.plain.PlainLoginModule';

const lines: readonly Maker[] = [
  (a, b, c) => `KafkaServer { ${plain} required username="admin" password="${a}" user_admin="${b}" user_alice="${c}"; };`,
  (a, b, c) => `listener.name.sasl_plaintext.plain.sasl.jaas.config=${plain} required username="admin" password="${a}" user_admin="${b}" user_alice="${c}";`,
  (a, b, c) => `sasl.jaas.config = ${plain} required username="admin" password="${a}" user_admin="${b}" user_bob="${c}";`,
  (a, b, c) => `KAFKA_OPTS=-Dzookeeper.sasl.client=false KAFKA_LISTENER_NAME_SASL_PLAINTEXT_PLAIN_SASL_JAAS_CONFIG='${plain} required username="admin" password="${a}" user_admin="${b}" user_client="${c}";'`,
  (a, b, c) => `Server { org.apache.zookeeper.server.auth.DigestLoginModule required user_super="${a}" user_kafka="${b}" user_admin="${c}"; };`,
  (a, b, c) => JSON.stringify({ level: 'INFO', msg: `jaas: ${plain} required username="admin" password="${a}" user_admin="${b}" user_alice="${c}";` }),
  (a, b, c) => `${plain} required serviceName="kafka" username="admin" password="${a}" user_admin="${b}" user_alice="${c}" user_bob="${c}";`,
];

describe("a JAAS login module's user passwords, on one line (N9)", () => {
  it.each(lines.map((make) => {
    const secrets = [password(), password(), password()];
    return [make(secrets[0] as string, secrets[1] as string, secrets[2] as string), secrets] as const;
  }))('%s', (line, secrets) => expectSecretsGone(scrubber, line, secrets));
});

describe('JAAS lines with no password in them (N9)', () => {
  keeps([
    `KafkaClient { com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true keyTab="/etc/security/keytabs/kafka.keytab" principal="kafka/broker1@EXAMPLE.COM"; };`,
    `sasl.jaas.config = [hidden]`,
    `sasl.jaas.config = null`,
    `${plain} required username="admin" password="\${KAFKA_ADMIN_PASSWORD}";`,
    `user_id="42" user_name="ada" user_agent="curl/8.5.0"`,
    `Successfully logged in. user_admin authenticated via ${plain}`,
  ]);
});
