'use strict';
// Preloaded (`node -r`) into the command under fault injection: each atomic write waits
// KEHOACH_TEST_RENAME_DELAY_MS between writing its temporary file and renaming it into place,
// and says so on stderr, so that seeded kill points land inside that window too.
const fs = require('node:fs');

const delay = Number(process.env.KEHOACH_TEST_RENAME_DELAY_MS ?? 0);
if (delay > 0) {
  const rename = fs.renameSync;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  fs.renameSync = function renameSync(from, to) {
    // On Linux a write to a pipe is synchronous: the test sees this before the pause ends.
    process.stderr.write('kehoach-test-rename\n');
    Atomics.wait(pause, 0, 0, delay);
    return rename.call(this, from, to);
  };
}
