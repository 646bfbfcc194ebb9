// A worker thread of a network import: reads the batches of lines it is sent into staging rows (import-lines.ts) and
// sends them back, the COPY text as bytes handed over without a copy.
import { parentPort, workerData } from 'node:worker_threads';
import type { LineContext } from './ftm-line.js';
import { readLineBatch } from './import-lines.js';

const { ctx, importId } = workerData as { ctx: LineContext; importId: string };
const decoder = new TextDecoder();

parentPort!.on('message', ({ firstLine, bytes }: { firstLine: number; bytes: Uint8Array }) => {
  const batch = readLineBatch(decoder.decode(bytes), firstLine, importId, ctx);
  parentPort!.postMessage(batch, [batch.entities.buffer, batch.links.buffer, batch.entityPrints.buffer, batch.linkPrints.buffer] as ArrayBuffer[]);
});
