// Entry of a network import's worker thread: the portal runs TypeScript through tsx (bin/portal.mjs), and a worker
// starts without the parent's loader hooks, so it registers tsx itself before loading the worker's code.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
