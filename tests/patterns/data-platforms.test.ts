/**
 * Round 56 (data and ML platforms, blind): the classes it showed. Each as a class, with the
 * look-alikes beside them that stay.
 */
import { describe } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5656);
const goes = goesEach(scrubber);
const keeps = keepsEach(scrubber);

describe("secrets in Hadoop's XML configuration", () => {
  goes(
    [
      (s) => `<property><name>javax.jdo.option.ConnectionPassword</name><value>${s}</value></property>`,
      (s) => `  <property>  <name>fs.s3a.secret.key</name>  <value>${s}</value>  </property>`,
      (s) => `<property><name>fs.azure.account.key.landing01.blob.core.windows.net</name><value>${s}</value></property>`,
    ],
    () => sample.password(),
  );
  keeps([
    '<property><name>fs.s3a.access.key</name><value>AKIAIOSFODNN7EXAMPLE</value></property>',
    '<property><name>hadoop.security.credential.provider.path</name><value>${HADOOP_CREDSTORE}</value></property>',
    '<property><name>dfs.replication</name><value>3</value></property>',
  ]);
});

describe("what Elasticsearch's tools generate, and keys under a vendor's own header or name", () => {
  goes([(s) => `New value: ${s}`], () => sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_*+=-', 20));
  goes(
    [(s) => `  ${s}`, (s) => `Enrollment token: ${s}`],
    () => Buffer.from(JSON.stringify({ ver: '8.14.1', adr: ['10.0.0.7:9200'], fgr: sample.hex(64), key: `${sample.base64url(20)}:${sample.base64url(22)}` })).toString('base64'),
  );
  goes(
    [
      (s) => `{'X-ClickHouse-User': 'ingest', 'X-ClickHouse-Key': '${s}', 'X-ClickHouse-Database': 'dw'}`,
      (s) => `{"config": {"writeKey": "${s}", "host": "https://api.segment.io"}}`,
      (s) => `| API Secret | ${s} |`,
    ],
    () => sample.alnum(32),
  );
  keeps(['New value: 30s', 'setting [indices.recovery.max_bytes_per_sec] New value: 100mb', 'write_key_count=3', '| Secret | Status |', '| password | ******** |']);
});
