import { fileURLToPath } from 'node:url';
import { renderPlanFile, type BuildOptions } from '../../src/build-plan.js';
import { readOoxml } from './ooxml.js';

export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Builds a plan file in memory and opens its main part. */
export const buildXml = async (path: string, options: BuildOptions = {}) => {
  const result = await renderPlanFile(path, options);
  const ooxml = readOoxml(result.bytes);
  return { ...result, ooxml, doc: ooxml.xml('word/document.xml') };
};
