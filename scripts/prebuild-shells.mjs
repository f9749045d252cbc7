// The package docx builds for the built-in profiles' usual layouts, built ahead of time for the
// bundle (src/write/prebuilt-shells.ts says why): an esbuild plugin that replaces that module's
// empty table with the shells the examples and the starter plan use, and the same with one
// appendix (upright or turned pages), each part packed for the zip.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withSourceMaker } from './source-maker.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The table's maker, from the sources: the same code that builds a shell at run time. */
const MAKER = `
import { renderPlanFile } from './src/build-plan.ts';
import { sharedLoaders } from './src/shared-loaders.ts';
import { buildShell } from './src/write/docx-shell.ts';
import { shellKey } from './src/write/docx-writer.ts';

const packed = (entry) => {
  if (!('packed' in entry)) return [entry.name];
  const { crc, size, deflated } = entry.packed;
  return [entry.name, crc, size, Buffer.from(deflated).toString('base64')];
};

// A page set-up on its side, as layout/build-document.ts turns one (same keys in the same order).
const turned = (page) => ({ ...page, width: page.height, height: page.width, landscape: true });

/**
 * Each style sheet the plans use, also with one appendix after the plan, on upright or turned
 * pages: a plan's task table goes to an appendix unless it says otherwise (taskTable.appendix).
 */
const withAppendix = async (shells) => {
  for (const key of [...shells.keys()]) {
    const [styles, [page]] = JSON.parse(key);
    for (const pages of [[page], [page, page], [page, turned(page)]]) {
      const model = { styles, sections: pages.map((p) => ({ page: p, blocks: [] })) };
      if (!shells.has(shellKey(model))) shells.set(shellKey(model), buildShell(model));
    }
  }
};

export const shellTable = async (plans) => {
  const loaders = sharedLoaders();
  for (const plan of plans) await renderPlanFile(plan, { loaders, env: {} });
  await withAppendix(loaders.write.shells);
  const table = [];
  for (const [key, shell] of loaders.write.shells) {
    const { parts, pieces, core } = await shell;
    table.push([key, { parts: parts.map(packed), pieces, core }]);
  }
  return table;
};
`;

const examples = async () =>
  (await readdir(join(root, 'examples')))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(root, 'examples', name));

/**
 * The examples again on each dated rule set of their profile (`profile: dang` on dang-2026.yaml,
 * docs/rule-sets/): a plan dated from the day a newer set is in force gets that set's layout, which
 * is as usual as the examples' own. Written into `dir`, named after the set.
 */
const onRuleSets = async (dir) => {
  const sets = (await readdir(join(root, 'profiles'))).filter((f) => /-\d{4}\.yaml$/.test(f)).sort();
  const copies = [];
  for (const example of await examples()) {
    const text = await readFile(example, 'utf8');
    for (const set of sets) {
      const name = set.replace(/\.yaml$/, '');
      const family = name.replace(/-\d{4}$/, '');
      if (!new RegExp(`^profile: ${family}\\b`, 'm').test(text)) continue;
      const copy = join(dir, `${name}-${basename(example)}`);
      await writeFile(copy, text.replace(new RegExp(`^profile: ${family}\\b`, 'm'), `profile: ${name}`));
      copies.push(copy);
    }
  }
  return copies;
};

const plans = async (dir) => [
  ...(await examples()),
  join(root, 'starter', 'ke-hoach.yaml'),
  ...(await onRuleSets(dir)),
];

/**
 * The table as JavaScript. Most parts (theme, settings, headers...) are the same bytes in every
 * shell: each deflated part is written once, in a list the entries name by index, which keeps
 * the bundle, and the code a cold start loads, small.
 */
const tableModule = (table) => {
  const pool = [];
  const index = new Map();
  const at = (deflated) => {
    if (!index.has(deflated)) index.set(deflated, pool.push(deflated) - 1);
    return index.get(deflated);
  };
  // A key is the JSON of [style sheet, page set-ups] (docx-writer.ts): each style sheet once, too.
  const sheets = [];
  const keyOf = (key) => {
    const [styles, pages] = JSON.parse(key).map((value) => JSON.stringify(value));
    if (`[${styles},${pages}]` !== key) throw new Error(`a shell's key is not the JSON of two values: ${key}`);
    if (!sheets.includes(styles)) sheets.push(styles);
    return `'['+S[${sheets.indexOf(styles)}]+${JSON.stringify(`,${pages}]`)}`;
  };
  const entries = table.map(([key, { parts, pieces, core }]) => {
    const listed = parts.map((part) =>
      part.length === 1 ? JSON.stringify(part) : `[${JSON.stringify(part.slice(0, 3)).slice(1, -1)},D[${at(part[3])}]]`,
    );
    return `[${keyOf(key)},{parts:[${listed.join(',')}],pieces:${JSON.stringify(pieces)},core:${JSON.stringify(core)}}]`;
  });
  return `const D = ${JSON.stringify(pool)};\nconst S = ${JSON.stringify(sheets)};\nexport const PREBUILT_SHELLS = new Map([${entries.join(',\n')}]);\n`;
};

/** JavaScript for a module exporting PREBUILT_SHELLS, as src/write/prebuilt-shells.ts declares it. */
export const prebuiltShellsModule = async () => {
  const copies = await mkdtemp(join(tmpdir(), 'kehoach-shells-'));
  try {
    return await withSourceMaker('shell', MAKER, async ({ shellTable }) =>
      tableModule(await shellTable(await plans(copies))),
    );
  } finally {
    await rm(copies, { recursive: true, force: true });
  }
};

let made;

/** esbuild plugin: the bundle gets the table instead of the empty one (made once per run). */
export const prebuiltShells = () => ({
  name: 'kehoach-prebuilt-shells',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/]write[\\/]prebuilt-shells\.ts$/ }, async () => ({
      contents: await (made ??= prebuiltShellsModule()),
      loader: 'js',
    }));
  },
});
