// The worker thread that draws the list's first page (first-paint-renderer.ts): it loads the
// built server entry (dist-server/, plain JavaScript, so this file is too: a worker does not get
// the parent's tsx loader) and answers one call per message with React's production build.
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

process.env.NODE_ENV = 'production';
const entry = await import(pathToFileURL(workerData.file).href);
// Loaded: from now on a call that takes too long is a hang (first-paint-renderer.ts).
parentPort.postMessage({ ready: true });

parentPort.on('message', async ({ id, method, args }) => {
  try {
    parentPort.postMessage({ id, result: await entry[method](...args) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
