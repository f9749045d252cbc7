'use strict';
// The single executable's entry (scripts/dist.mjs bundles it with the CLI and injects it into a
// copy of node). As bin/kehoach.js, only this file sets the exit code; plus what a clerk without a
// command line needs (src/cli/dropped-files.ts): files dropped onto kehoach.exe, the offer to fix a
// plan, and a pause before the window closes.
const { basename } = require('node:path');
const { createInterface } = require('node:readline');
const { run } = require('../src/cli/run.ts');
const { isDrop, runDropped, shouldPause } = require('../src/cli/dropped-files.ts');
const { guardPipes, processIo, tuneCompiler } = require('./process-io.cjs');

/** One line typed in the window; undefined when stdin ends first. */
const readLine = (prompt) =>
  new Promise((resolve) => {
    process.stdout.write(prompt);
    const rl = createInterface({ input: process.stdin });
    let answer;
    rl.once('line', (line) => {
      answer = line;
      rl.close();
    });
    rl.once('close', () => resolve(answer));
  });

const main = async (argv) => {
  const windows = process.platform === 'win32';
  // Its users start it from Explorer or from its own folder: commands in messages say so.
  const io = {
    ...processIo(),
    invocation: {
      program: `${windows ? '.\\' : './'}${basename(process.execPath)}`,
      fullPaths: true,
      executable: process.execPath,
    },
  };
  const pause = shouldPause(argv, {
    env: process.env,
    platform: process.platform,
    stdinIsTTY: Boolean(process.stdin.isTTY),
  });
  try {
    if (isDrop(argv)) return await runDropped(argv, io, pause ? readLine : async () => undefined);
    const code = await run(argv, io);
    if (argv.length === 0)
      io.stdout.write(
        `\nHoặc kéo thả tệp kế hoạch .yaml vào biểu tượng ${basename(process.execPath)}: văn bản .docx được tạo cạnh tệp đó.\n`,
      );
    return code;
  } finally {
    if (pause) await readLine('\nNhấn Enter để đóng.');
  }
};

const argv = process.argv.slice(2);
tuneCompiler(argv);
guardPipes();
main(argv).then((code) => {
  process.exitCode = code;
});
