import { escapeXml } from '../base/escape-xml.js';
import type { DocumentModel } from '../layout/model/document-model.js';
import { writeBody } from './body/write-body.js';
import { PREBUILT_SHELLS, type PrebuiltShell } from './prebuilt-shells.js';
import { CORE_PART, DOCUMENT_PART, PROPERTY_MARKERS, stampCore, type DocxShell } from './shell-parts.js';
import { writeZip, type ZipEntry } from './zip-writer.js';

/** How many shells a context keeps: one per profile and section layout a batch meets. */
const MAX_SHELLS = 16;

/**
 * What builds share: the package docx built for each style sheet and section layout, keyed by
 * their content, so a profile merged per plan (or a profile file changed) gets its own. A single
 * build makes one; a batch worker keeps one for all its plans.
 */
export interface WriteContext {
  readonly shells: Map<string, Promise<DocxShell>>;
}

export const createWriteContext = (): WriteContext => ({ shells: new Map() });

/** What a shell depends on, and all it depends on: the style sheet and the sections' page set-up. */
export const shellKey = (model: Pick<DocumentModel, 'styles' | 'sections'>): string =>
  JSON.stringify([model.styles, model.sections.map((s) => s.page)]);

const EMPTY = new Uint8Array(0);

const unpacked = (prebuilt: PrebuiltShell): DocxShell => ({
  parts: prebuilt.parts.map((part): ZipEntry =>
    part.length === 1
      ? { name: part[0], data: EMPTY }
      : { name: part[0], packed: { crc: part[1], size: part[2], deflated: Buffer.from(part[3], 'base64') } },
  ),
  pieces: prebuilt.pieces,
  core: prebuilt.core,
});

/** docx (loaded only here) builds the shell a prebuilt one does not give. */
const built = async (model: DocumentModel): Promise<DocxShell> => (await import('./docx-shell.js')).buildShell(model);

const shellFor = (context: WriteContext, model: DocumentModel): Promise<DocxShell> => {
  const key = shellKey(model);
  let shell = context.shells.get(key);
  if (shell === undefined) {
    const prebuilt = PREBUILT_SHELLS.get(key);
    shell = prebuilt === undefined ? built(model) : Promise.resolve(unpacked(prebuilt));
    context.shells.set(key, shell);
    const oldest = context.shells.keys().next().value;
    if (context.shells.size > MAX_SHELLS && oldest !== undefined) context.shells.delete(oldest);
  }
  return shell;
};

const fillCore = (core: string, properties: DocumentModel['properties']): string => {
  let out = core;
  for (const [field, marker] of Object.entries(PROPERTY_MARKERS))
    // A function, so that `$&` or `$1` in a plan's title is written as typed.
    out = out.replace(marker, () => escapeXml(properties[field as keyof typeof PROPERTY_MARKERS]));
  return out;
};

const encoder = new TextEncoder();

/**
 * A laid-out plan as reproducible .docx bytes: our writer's body (body/write-body.ts) in the
 * package docx built for its styles and sections. The one route for every build.
 */
export const writeDocx = async (
  model: DocumentModel,
  stamp: Date,
  context: WriteContext = createWriteContext(),
): Promise<Uint8Array> => {
  const shell = await shellFor(context, model);
  let document = shell.pieces[0] ?? '';
  model.sections.forEach((section, i) => {
    document += writeBody(section.blocks) + (shell.pieces[i + 1] ?? '');
  });
  const own: Readonly<Record<string, Uint8Array>> = {
    [DOCUMENT_PART]: encoder.encode(document),
    [CORE_PART]: encoder.encode(stampCore(fillCore(shell.core, model.properties), stamp)),
  };
  return writeZip(
    shell.parts.map((entry) => {
      const mine = own[entry.name];
      // The shell's own parts are the same objects for every plan: zipped once (zip-writer.ts).
      return mine === undefined ? entry : { name: entry.name, data: mine };
    }),
    stamp,
  );
};

/** SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the plan's own date. */
export const documentStamp = (planDate: { readonly iso: string }, env: NodeJS.ProcessEnv = process.env): Date => {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${planDate.iso}T00:00:00Z`);
};
