'use strict';
// The single executable's entry (scripts/dist.mjs bundles it with the CLI and injects it into a
// copy of node). As bin/kehoach.js, only this file sets the exit code; plus what a clerk without a
// command line needs: building the .yaml files dropped onto kehoach.exe, and a pause before the
// window closes.
const { createInterface } = require('node:readline');
const { run } = require('../src/cli/run.ts');
const { droppedPlans, dropReport, shouldPause } = require('./dropped-plans.cjs');
const { guardPipes, processIo, tuneCompiler } = require('./process-io.cjs');

const waitForEnter = () =>
  new Promise((resolve) => {
    process.stdout.write('\nNhấn Enter để đóng.');
    const rl = createInterface({ input: process.stdin });
    rl.once('line', () => rl.close());
    rl.once('close', resolve);
  });

const main = async (argv) => {
  const io = processIo();
  const plans = droppedPlans(argv);
  let code = 0;
  if (plans === undefined) {
    code = await run(argv, io);
    if (argv.length === 0)
      io.stdout.write(
        '\nHoặc kéo thả tệp kế hoạch .yaml vào biểu tượng kehoach.exe: văn bản .docx được tạo cạnh tệp đó.\n',
      );
  } else {
    let failed = 0;
    for (const plan of plans) {
      const one = await run(['build', plan], io);
      if (one !== 0) failed += 1;
      code = Math.max(code, one);
    }
    const report = dropReport(plans.length - failed, failed);
    if (report !== '') io.stdout.write(`${report}\n`);
  }
  if (shouldPause(argv)) await waitForEnter();
  return code;
};

const argv = process.argv.slice(2);
tuneCompiler(argv);
guardPipes();
main(argv).then((code) => {
  process.exitCode = code;
});
