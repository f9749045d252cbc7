// npm run bench: whole-process figures, medians of BENCH_RUNS (default 5) runs; not a test.
//   1. `node -e 0` for scale; a cold `kehoach build` of the reference example; pandoc converting the
//      reference text from Markdown to .docx, when pandoc is installed.
//   2. One `kehoach build` over BENCH_PLANS (default 1000) generated plans: wall time and peak
//      resident memory (getrusage of the process, worker threads included: bin/kehoach.js prints it
//      when KEHOACH_REPORT_RSS=1), then the same call again with nothing changed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/kehoach.js');
const EXAMPLE = join(ROOT, 'examples/ke-hoach-hoi-nghi-12.yaml');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PLANS = Number(process.env.BENCH_PLANS ?? 1000);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Wall time of one process from spawn to exit, and what it printed on stderr. */
const timed = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr}`));
      else resolve({ ms, stderr });
    });
  });

const report = (label, values, unit) => {
  console.log(
    `${label.padEnd(44)} ${median(values).toFixed(0).padStart(6)} ${unit}   (runs: ${values.map((v) => v.toFixed(0)).join(' ')})`,
  );
};

const hasPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
const referenceMarkdown = [
  join(ROOT, '../shared/reference/ke-hoach-hoi-nghi-12.md'),
  join(ROOT, 'shared/reference/ke-hoach-hoi-nghi-12.md'),
].find((p) => existsSync(p));

/** Copies of the examples with varied numbers, dates and section lengths. */
const generatePlans = async (dir, count) => {
  const examples = readdirSync(join(ROOT, 'examples'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => parse(readFileSync(join(ROOT, 'examples', f), 'utf8')));
  const vary = (list, i) => {
    if (!Array.isArray(list) || list.length === 0) return list;
    const length = 1 + ((i * 7) % (list.length * 2));
    return Array.from({ length }, (_, k) => list[k % list.length]);
  };
  for (let i = 0; i < count; i++) {
    const plan = structuredClone(examples[i % examples.length]);
    plan.number = 1 + (i % 250);
    // After every example's guidance date and not far ahead, so no plan draws a date warning.
    plan.date = `2026-${String(2 + (i % 9)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    for (const key of ['purposes', 'content', 'forms', 'tasks'])
      if (key in plan) plan[key] = vary(plan[key], i + key.length);
    const folder = join(dir, `don-vi-${String(i % 20).padStart(2, '0')}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `ke-hoach-${String(i).padStart(4, '0')}.yaml`), stringify(plan));
  }
};

const loadBefore = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const work = await mkdtemp(join(tmpdir(), 'kehoach-bench-'));
try {
  console.log(`kehoach bench: medians of ${RUNS} runs, node ${process.version}\n`);
  console.log('Cold start, one plan (the commands take turns, so a busy machine slows them alike)');
  const cold = [
    ['node -e 0', process.execPath, ['-e', '0']],
    ['kehoach build (reference example)', process.execPath, [BIN, 'build', EXAMPLE, '-o', join(work, 'one.docx')]],
  ];
  if (hasPandoc && referenceMarkdown !== undefined) {
    cold.push(['pandoc reference .md -> .docx', 'pandoc', [referenceMarkdown, '-o', join(work, 'pandoc.docx')]]);
  }
  const coldTimes = cold.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, [, command, args]] of cold.entries()) coldTimes[k].push((await timed(command, args)).ms);
  }
  for (const [k, [label]] of cold.entries()) report(label, coldTimes[k], 'ms');
  if (cold.length < 3)
    console.log('pandoc: not installed (apt-get install pandoc) or reference text not found; comparison skipped');

  console.log(`\nOne call over ${PLANS} generated plans`);
  const plans = join(work, 'plans');
  await generatePlans(plans, PLANS);
  const env = { ...process.env, KEHOACH_REPORT_RSS: '1' };
  const walls = [];
  const rss = [];
  const unchanged = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(work, `out-${i}`);
    const run = await timed(process.execPath, [BIN, 'build', plans, '--out-dir', out], { env });
    walls.push(run.ms);
    rss.push(Number(/kehoach-max-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN));
    unchanged.push((await timed(process.execPath, [BIN, 'build', plans, '--out-dir', out], { env })).ms);
    await rm(out, { recursive: true, force: true });
  }
  report('build, all new', walls, 'ms');
  report(
    'peak resident memory',
    rss.map((kb) => kb / 1024),
    'MB',
  );
  report('build again, nothing changed', unchanged, 'ms');
  console.log(
    `\n(${availableParallelism()} cores; load average before: ${loadBefore}, after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
