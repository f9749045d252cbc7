import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The fast tier, `npm run test:unit`, for the edit loop: everything but what starts external
 * programs (LibreOffice, Wine, npm), kills batches, imports the Word corpus or the published plans,
 * runs worker threads, many property-based cases, schema validation of generated plans or input
 * budgets at their limit. `npm test` (the README's and CI's command) still runs all of it, each file
 * in isolation.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      // Files here mostly wait on child processes: two at a time even on two cores.
      maxWorkers: 2,
      // Each worker imports the sources once for all its files, not once per file: importing was
      // two thirds of this tier's CPU time. Its files keep no state between them (each writes in
      // its own temporary folder, restores what it spies on); the full suite still isolates them.
      // Forks, not threads: a worker thread's larger stack lets the parser go deeper than the
      // CLI's main thread does (test/cli/validate-files.test.ts, nesting too deep).
      pool: 'forks',
      isolate: false,
      exclude: [
        'test/dist/**',
        'test/render/**',
        'test/pdf/**',
        'test/faults/**',
        'test/import/**',
        'test/batch/**',
        'test/meta/**',
        'test/published/**',
        'test/**/*-property.test.ts',
        'test/validate/yaml-key-budget.test.ts',
        'test/outline/xml-schema.test.ts',
        'test/write/ooxml-schema-tables.test.ts',
        'test/write/ooxml-schema-outline.test.ts',
        'test/write/prebuilt-shells.test.ts',
        'test/write/ooxml-schema.test.ts',
        'test/write/reproducible-docx.test.ts',
      ],
    },
  }),
);
