import { EMPTY_OBJECT, isXmlComponent, XmlComponent } from 'docx';

interface Preparable {
  prepForXml(context: Context): unknown;
  readonly writtenAs?: readonly Preparable[] | undefined;
}

interface Context {
  readonly stack: unknown[];
}

interface ComponentInternals {
  readonly root: readonly unknown[];
  readonly rootKey: string;
}

/** flatMap's one level of flattening, then the filter of undefined, in one step. */
const append = (children: unknown[], value: unknown): void => {
  if (!Array.isArray(value)) {
    if (value !== undefined) children.push(value);
    return;
  }
  for (const item of value) if (item !== undefined) children.push(item);
};

/**
 * docx 9's XmlComponent.prepForXml, the step every element of a document goes through, with its
 * flatMap and filter (a closure and two arrays per element) written as one loop. Same result:
 * a component's `writtenAs` parts in its place, one level of arrays flattened, undefined left out.
 */
function prepForXml(this: ComponentInternals, context: Context): Record<string, unknown> {
  context.stack.push(this);
  const children: unknown[] = [];
  for (const item of this.root) {
    if (!isXmlComponent(item)) {
      append(children, item);
      continue;
    }
    const component = item as unknown as Preparable;
    const parts = component.writtenAs;
    if (!parts) append(children, component.prepForXml(context));
    else for (const part of parts) append(children, [part.prepForXml(context)]);
  }
  context.stack.pop();
  const only = children.length === 1 ? (children[0] as { _attr?: unknown } | null) : undefined;
  return { [this.rootKey]: children.length === 0 ? EMPTY_OBJECT : only?._attr ? only : children };
}

/**
 * Installed only in batch worker threads (build-worker.ts), like linear-attributes.ts, for about 6%
 * of a build's time; test/batch/docx-fast-paths.test.ts checks the examples' bytes with it.
 */
export const installFlatChildren = (): void => {
  (XmlComponent.prototype as unknown as { prepForXml: typeof prepForXml }).prepForXml = prepForXml;
};
