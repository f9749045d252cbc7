import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A stand-in for soffice, a shell script: it logs its arguments to `<dir>/calls.log`, then behaves
 * as told: `convert` writes "%PDF-fake" for each input into --outdir, `hang` sleeps, `fail` prints an
 * error and writes nothing.
 */
export const fakeSoffice = async (dir: string, behaviour: 'convert' | 'hang' | 'fail'): Promise<string> => {
  const path = join(dir, 'fake-soffice');
  const body = {
    convert: `mkdir -p "$outdir"; for a in "$@"; do case "$a" in *.docx) n=$(basename "$a" .docx); printf '%%PDF-fake' > "$outdir/$n.pdf";; esac; done`,
    hang: 'sleep 30',
    fail: 'echo "Error: source file could not be loaded" >&2; exit 1',
  }[behaviour];
  await writeFile(
    path,
    `#!/bin/sh
echo "$@" >> "${join(dir, 'calls.log')}"
outdir=""; prev=""
for a in "$@"; do [ "$prev" = "--outdir" ] && outdir="$a"; prev="$a"; done
${body}
`,
  );
  await chmod(path, 0o755);
  return path;
};
