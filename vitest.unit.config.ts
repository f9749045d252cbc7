import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The fast tier, `npm run test:unit`, for the edit loop: everything but what starts external
 * programs (LibreOffice, Wine, npm), kills batches, imports the Word corpus or the published plans,
 * runs worker threads, many property-based cases, schema validation of generated plans or input
 * budgets at their limit. `npm test` (the README's and CI's command) still runs all of it.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      // Files here mostly wait on child processes: two at a time even on two cores.
      maxWorkers: 2,
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
