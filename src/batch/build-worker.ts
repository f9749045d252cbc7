import { parentPort } from 'node:worker_threads';
import { runBuildJob, type BuildJob } from './build-job.js';
import { sharedLoaders } from '../shared-loaders.js';
import { sharedListing } from './input-hashes.js';

/** A worker thread of the batch pool (worker-pool.ts): renders the plans it is sent, one at a time. */
const port = parentPort;
if (port !== null) {
  const loaders = sharedLoaders();
  const listing = sharedListing();
  port.on('message', (job: BuildJob) => {
    void runBuildJob(job, loaders, listing).then((result) => {
      // The bytes move to the main thread instead of being copied.
      const transfer =
        result.ok && result.bytes.byteOffset === 0 && result.bytes.byteLength === result.bytes.buffer.byteLength
          ? [result.bytes.buffer as ArrayBuffer]
          : [];
      port.postMessage(result, transfer);
    });
  });
}
