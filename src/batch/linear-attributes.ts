import { NextAttributeComponent } from 'docx';

interface AttributeHolder {
  readonly root: Readonly<Record<string, { readonly key: string; readonly value: unknown }>>;
}

/**
 * docx 9's NextAttributeComponent.prepForXml builds each attribute object by copying it once per
 * attribute (quadratic; about a tenth of a batch's CPU time in a profile). This builds the same
 * object in one pass: keys in first-seen order, a repeated key keeping its place with the last
 * value, undefined values left out. The attribute keys are docx's own XML names, never
 * `__proto__`, so assignment and docx's defineProperty agree.
 */
function prepForXml(this: AttributeHolder): { _attr: Record<string, unknown> } {
  const attributes: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) {
    if (value !== undefined) attributes[key] = value;
  }
  return { _attr: attributes };
}

/**
 * Installed only in batch worker threads (build-worker.ts), which run nothing but kehoach's builds:
 * a library user's docx is left as it is. test/batch/docx-fast-paths.test.ts checks that the
 * examples come out byte for byte the same with it.
 */
export const installLinearAttributes = (): void => {
  (NextAttributeComponent.prototype as unknown as { prepForXml: typeof prepForXml }).prepForXml = prepForXml;
};
