import { readTextFile } from '../read/read-plan-file.js';
import { fileHash, listingHash, sha256 } from './input-hashes.js';
import { absoluteFrom, type ManifestEntry } from './manifest.js';

/**
 * Decides whether an output can be kept as it is. Hashes are cached for one run: a batch of
 * a thousand plans reads the shared template and profile files once.
 */
export class UpToDateChecker {
  private readonly fileHashes = new Map<string, Promise<string | undefined>>();
  private readonly folderHashes = new Map<string, Promise<string>>();

  constructor(private readonly outDir: string) {}

  /** Hashed as the build reads it (readTextFile), so the two agree. */
  private fileHash(path: string): Promise<string | undefined> {
    let hash = this.fileHashes.get(path);
    if (hash === undefined) {
      hash = readTextFile(path).then(
        (s) => sha256(s.text),
        () => undefined,
      );
      this.fileHashes.set(path, hash);
    }
    return hash;
  }

  private folderHash(path: string): Promise<string> {
    let hash = this.folderHashes.get(path);
    if (hash === undefined) {
      hash = listingHash(path);
      this.folderHashes.set(path, hash);
    }
    return hash;
  }

  async isUpToDate(
    entry: ManifestEntry | undefined,
    expected: { source: string; output: string; settings: Record<string, string> },
  ): Promise<boolean> {
    if (entry === undefined || entry.source !== expected.source) return false;
    if (JSON.stringify(entry.settings) !== JSON.stringify(expected.settings)) return false;
    const output = fileHash(expected.output);
    if (output !== entry.output) return false;
    for (const [path, hash] of Object.entries(entry.files)) {
      if ((await this.fileHash(absoluteFrom(this.outDir, path))) !== hash) return false;
    }
    for (const [path, hash] of Object.entries(entry.folders)) {
      if ((await this.folderHash(absoluteFrom(this.outDir, path))) !== hash) return false;
    }
    return true;
  }
}
