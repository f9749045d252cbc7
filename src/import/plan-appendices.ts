import { buildTree } from './body-tree.js';
import { nodeValue } from './plan-body.js';
import type { AppendixRead } from './body-read.js';

/**
 * The appendices after the signature as the plan writes them (plan-model §5): a title and a body
 * of paragraphs, headings, numbered items and tables, in the order typed.
 */
export const planAppendices = (appendices: readonly AppendixRead[]) =>
  appendices.map((a) => {
    const body: unknown[] = [];
    let run: typeof a.body = [];
    const flush = () => {
      // One at a time: a spread of an unbounded list into a call overflows the stack (issue 20).
      for (const node of buildTree(run)) body.push(nodeValue(node, false));
      run = [];
    };
    for (const entry of a.body) {
      if (entry.kind !== 'heading') run.push(entry);
      else {
        flush();
        body.push({ heading: entry.text });
      }
    }
    flush();
    return { title: a.title, ...(a.landscape ? { landscape: true } : {}), body };
  });
