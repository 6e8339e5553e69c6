/**
 * The upgrade worker (upgrade.ts): opens the archive, which runs the migrations due, closes it
 * and says whether that went well. Each migration commits on its own, so a stopped worker leaves
 * the archive at the last migration done; the next opening goes on from there.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './open';
import type { UpgradeJob, UpgradeMessage } from './upgrade';

const port = parentPort;
if (!port) throw new Error('upgrade-worker must run in a worker thread');

const job = workerData as UpgradeJob;
let message: UpgradeMessage;
try {
  openDatabase(job.archivePath, job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}).close();
  message = { ok: true };
} catch (error) {
  message = { ok: false, error: (error as Error).message };
}
port.postMessage(message);
