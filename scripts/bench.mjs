// npm run bench: whole-process figures; not a test. Every comparison runs its commands in turn
// (A B A B ...), so a machine that slows down slows both, and the ratio A/B is taken pair by pair;
// the figures printed are medians of BENCH_RUNS (default 5) runs.
//   1. A cold `kehoach build` of the reference example, and pandoc converting the same document
//      from Markdown (scripts/bench-content.mjs).
//   2. One plan of 5,000 paragraphs, and one with a 2,000-row task table, each against pandoc on the
//      same content; with peak resident memory.
//   3. One `kehoach build` over BENCH_PLANS (default 1000) generated plans: wall time and peak memory,
//      then the same call again with nothing changed. `--large`: 10,000 plans too (peak memory).
// KEHOACH_BENCH_BIN=path/to/bin/kehoach.js times another build instead of this one;
// KEHOACH_BENCH_BEFORE=path/to/bin/kehoach.js (e.g. a copy of main's build) adds that build to every
// single-plan comparison, in turn with the others, for before/after ratios from one run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longPlan, referenceMarkdown, taskTablePlan, variedPlans } from './bench-content.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = process.env.KEHOACH_BENCH_BIN ?? join(ROOT, 'bin/kehoach.js');
const BEFORE = process.env.KEHOACH_BENCH_BEFORE;
const EXAMPLE = join(ROOT, 'examples/ke-hoach-hoi-nghi-12.yaml');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PLANS = Number(process.env.BENCH_PLANS ?? 1000);
const LARGE = process.argv.includes('--large');
const GOALS = { coldRatio: 0.75, largeRatio: 0.5, rssMb: 300, batchMs: 5000 };

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// GNU time gives every command's CPU and peak memory the same way (getrusage of the child).
const GNU_TIME = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
const hasPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;

/** One process from spawn to exit: wall ms, CPU ms and peak resident MB (NaN when unknown). */
const timed = (command, args, work) =>
  new Promise((resolve, reject) => {
    const usage = join(work, 'usage.txt');
    const [file, argv] = GNU_TIME
      ? ['/usr/bin/time', ['-o', usage, '-f', '%M %U %S', command, ...args]]
      : [command, args];
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, KEHOACH_REPORT_RSS: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr}`));
      const [kb, user, sys] = GNU_TIME ? readFileSync(usage, 'utf8').trim().split(/\s+/).map(Number) : [];
      const ownKb = Number(/kehoach-max-rss-kb (\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ wall, cpu: GNU_TIME ? (user + sys) * 1000 : NaN, rss: (kb ?? ownKb) / 1024 });
    });
  });

const fmt = (v, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
const verdict = (ok) => (ok ? 'ok' : 'OVER GOAL');

/** One command's runs on one line: median wall and CPU time, peak memory, and every wall time. */
const summary = (label, r) =>
  `  ${label.padEnd(40)} wall ${fmt(median(r.map((x) => x.wall))).padStart(6)} ms  cpu ${fmt(median(r.map((x) => x.cpu))).padStart(6)} ms  peak ${fmt(Math.max(...r.map((x) => x.rss))).padStart(4)} MB   (wall: ${r.map((x) => fmt(x.wall)).join(' ')})`;

/** Runs the commands in turn RUNS times; prints each one's medians, and the first one's ratio to each pandoc run. */
const compare = async (title, commands, work, goal) => {
  console.log(`\n${title}`);
  const runs = commands.map(() => []);
  for (let i = 0; i < RUNS; i++)
    for (const [k, [, command, args]] of commands.entries()) runs[k].push(await timed(command, args, work));
  for (const [k, [label]] of commands.entries()) console.log(summary(label, runs[k]));
  for (const [k, [label, command]] of commands.entries()) {
    if (k === 0 || (command !== 'pandoc' && !label.startsWith('before:'))) continue;
    const wallRatio = median(runs[0].map((x, i) => x.wall / runs[k][i].wall));
    const cpuRatio = median(runs[0].map((x, i) => x.cpu / runs[k][i].cpu));
    console.log(
      `  ratio to "${label}": wall ${fmt(wallRatio, 2)}, cpu ${fmt(cpuRatio, 2)} (medians of pairs${command === 'pandoc' ? `; goal <= ${goal}: ${verdict(wallRatio <= goal)}` : ''})`,
    );
  }
};

/** This build, and the `before` build right after it when there is one. */
const kehoach = (label, input, output) => [
  [label, process.execPath, [BIN, 'build', input, '-o', output]],
  ...(BEFORE ? [[`before: ${label}`, process.execPath, [BEFORE, 'build', input, '-o', `${output}.before.docx`]]] : []),
];
const pandoc = (label, input, output) => [label, 'pandoc', [input, '-o', output]];
const withPandoc = (commands, pandocCommand) => (hasPandoc ? [...commands, pandocCommand] : commands);

const batch = async (work, count) => {
  const plans = join(work, `plans-${count}`);
  for (const [path, text] of variedPlans(join(ROOT, 'examples'), count)) {
    await mkdir(dirname(join(plans, path)), { recursive: true });
    await writeFile(join(plans, path), text);
  }
  const runs = count > PLANS ? 1 : RUNS;
  const built = [];
  const unchanged = [];
  for (let i = 0; i < runs; i++) {
    const out = join(work, `out-${count}-${i}`);
    built.push(await timed(process.execPath, [BIN, 'build', plans, '--out-dir', out], work));
    unchanged.push(await timed(process.execPath, [BIN, 'build', plans, '--out-dir', out], work));
    await rm(out, { recursive: true, force: true });
  }
  const wall = median(built.map((x) => x.wall));
  const rss = Math.max(...built.map((x) => x.rss));
  console.log(`\nOne call over ${count} generated plans (${runs} run${runs > 1 ? 's' : ''})`);
  console.log(summary('build, all new', built));
  console.log(
    `  build again, nothing changed             wall ${fmt(median(unchanged.map((x) => x.wall))).padStart(6)} ms`,
  );
  const timeGoal = count === 1000 ? `, <= ${GOALS.batchMs} ms: ${verdict(wall <= GOALS.batchMs)}` : '';
  console.log(`  goals: peak <= ${GOALS.rssMb} MB: ${verdict(rss <= GOALS.rssMb)}${timeGoal}`);
};

const loadBefore = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const work = await mkdtemp(join(tmpdir(), 'kehoach-bench-'));
try {
  console.log(`kehoach bench: medians of ${RUNS} runs, commands in turn, node ${process.version}, ${BIN}`);
  if (!hasPandoc)
    console.log('pandoc: NOT INSTALLED (sudo apt-get install pandoc): the comparisons with pandoc are skipped');
  if (!GNU_TIME) console.log('/usr/bin/time (GNU time) not found: no CPU figures; peak memory of kehoach only');

  const reference = [join(ROOT, 'test/fixtures/reference/ke-hoach-hoi-nghi-12.md')].find((p) => existsSync(p));
  const cold = [
    ...kehoach('kehoach build, reference example', EXAMPLE, join(work, 'one.docx')),
    ['node -e 0 (for scale)', process.execPath, ['-e', '0']],
  ];
  if (reference === undefined)
    console.log('test/fixtures/reference/ke-hoach-hoi-nghi-12.md not found: no pandoc comparison');
  else await writeFile(join(work, 'reference.md'), referenceMarkdown(readFileSync(reference, 'utf8')));
  // Two Markdown forms: the document as paragraphs (what kehoach writes), and the reference file as
  // stored (its body in a fenced code block, plus tables), which earlier README figures used.
  if (reference !== undefined && hasPandoc)
    cold.push(
      pandoc('pandoc, same document as paragraphs', join(work, 'reference.md'), join(work, 'p1.docx')),
      pandoc('pandoc, reference .md as stored', reference, join(work, 'p2.docx')),
    );
  await compare(`Cold start, one plan (goal: <= ${GOALS.coldRatio}x pandoc)`, cold, work, GOALS.coldRatio);

  for (const [title, made] of [
    ['One plan of 5,000 paragraphs', longPlan(EXAMPLE, 5000)],
    ['One plan with a 2,000-row task table', taskTablePlan(EXAMPLE, 2000)],
  ]) {
    const stem = title.replace(/\W+/g, '-');
    await writeFile(join(work, `${stem}.yaml`), made.yaml);
    await writeFile(join(work, `${stem}.md`), made.markdown);
    await compare(
      `${title} (goal: <= ${GOALS.largeRatio}x pandoc, <= ${GOALS.rssMb} MB)`,
      withPandoc(
        kehoach('kehoach build', join(work, `${stem}.yaml`), join(work, `${stem}.docx`)),
        pandoc('pandoc, same content from .md', join(work, `${stem}.md`), join(work, `${stem}-p.docx`)),
      ),
      work,
      GOALS.largeRatio,
    );
  }

  await batch(work, PLANS);
  if (LARGE) await batch(work, 10_000);
  else console.log('\n(10,000 plans: npm run bench -- --large)');
  console.log(
    `\n(${availableParallelism()} cores; load average before: ${loadBefore}, after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
