// Preloaded into a CLI subprocess (NODE_OPTIONS=--require) by tests that must see what the CLI
// prints before it reaches the end of a file, without timing. Once LOGSCRUB_TEST_GATE_AFTER bytes
// of the file LOGSCRUB_TEST_GATE_FILE have been read, its next read waits until the test writes a
// byte to the FIFO LOGSCRUB_TEST_GATE_FIFO. Opening a FIFO blocks until both ends are open, so the
// test's own open (for writing) returns exactly when the CLI has reached the gate.
const fs = require('node:fs');

const file = process.env.LOGSCRUB_TEST_GATE_FILE;
const fifo = process.env.LOGSCRUB_TEST_GATE_FIFO;
const after = Number(process.env.LOGSCRUB_TEST_GATE_AFTER);
const { open, read } = fs;
const gated = new Set();
let bytes = 0;
let passed = false;

fs.open = function (path, ...rest) {
  const callback = rest.pop();
  return open.call(fs, path, ...rest, (error, fd) => {
    if (error === null && String(path) === file) gated.add(fd);
    callback(error, fd);
  });
};

fs.read = function (fd, ...rest) {
  const callback = rest.pop();
  if (gated.has(fd) && !passed && bytes >= after) {
    passed = true;
    const gate = fs.openSync(fifo, 'r');
    fs.readSync(gate, Buffer.alloc(1));
    fs.closeSync(gate);
  }
  return read.call(fs, fd, ...rest, (error, n, buffer) => {
    if (gated.has(fd) && error === null) bytes += n;
    callback(error, n, buffer);
  });
};
