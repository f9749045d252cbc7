/**
 * The allowed import direction (docs/ARCHITECTURE.md): each stage may import the stages before
 * it, never one after it. `src/base`, `src/errors` and the two package facts (package-paths,
 * version) are usable by every stage. Checked by `npm run lint`, so by `npm test`.
 */
const STAGES = ['read', 'validate', 'render', 'layout', 'write', 'pdf', 'import', 'api', 'batch', 'entry', 'cli'];

/**
 * The path pattern of a stage; `api` is the library's functions at the top of src/, `entry` the
 * package's public entry, which gathers them and the batch.
 */
const SPECIAL = {
  api: '^src/(?!package-paths\\.ts$|version\\.ts$|index\\.ts$)[^/]+\\.ts$',
  entry: '^src/index\\.ts$',
};
const pathOf = (stage) => SPECIAL[stage] ?? `^src/${stage}/`;

const forward = STAGES.flatMap((stage, i) =>
  STAGES.slice(i + 1).map((later) => ({
    name: `${stage}-not-to-${later}`,
    comment: `${stage} comes before ${later}: it must not import it (docs/ARCHITECTURE.md).`,
    severity: 'error',
    from: { path: pathOf(stage) },
    to: { path: pathOf(later) },
  })),
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be understood or tested one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'base-imports-no-stage',
      comment: 'src/base and src/errors are below every stage.',
      severity: 'error',
      from: { path: '^src/(base|errors)/' },
      to: { path: '^src/(?!base/|errors/)' },
    },
    ...forward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
