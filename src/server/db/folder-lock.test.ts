// One process per embedded database folder: a second opener is refused naming the holder; a holder killed with -9,
// or a pid since recycled, does not block; of several processes racing for a stale lock exactly one wins.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../config.js';
import { FolderInUse, FolderLock, folderHolder, processStart } from './folder-lock.js';
import { openDb } from './index.js';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-lock-'));
let n = 0;
const folder = () => path.join(base, `db${++n}`);
const children: ChildProcess[] = [];

/** Another process that takes the lock (or reports who holds it) and then stays alive. */
function holder(dir: string): Promise<{ child: ChildProcess; line: string }> {
  const script = `import { register } from 'tsx/esm/api'; register();
    const { FolderLock } = await import(${JSON.stringify(path.join(projectRoot, 'src/server/db/folder-lock.ts'))});
    try { FolderLock.acquire(${JSON.stringify(dir)}, 'test holder'); console.log('locked ' + process.pid); }
    catch (e) { console.log('refused ' + e.holder?.pid); }
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve) => child.stdout!.setEncoding('utf8').once('data', (line: string) => resolve({ child, line: line.trim() })));
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) await killed(child);
});

describe('one process per database folder', () => {
  it('refuses a second opener, naming the holder, until the holder lets go', () => {
    const dir = folder();
    const lock = FolderLock.acquire(dir, 'portal serve');
    lock.update({ url: 'http://127.0.0.1:8080', control: null });
    const refused = (() => {
      try {
        FolderLock.acquire(dir, 'portal backup');
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(FolderInUse);
    expect((refused as Error).message).toBe(
      `the embedded database in ${dir} is in use by \`portal serve\` (pid ${process.pid}, serving http://127.0.0.1:8080); ` +
        'one process at a time may open it: stop that process first, or point PORTAL_DATA elsewhere',
    );
    lock.release();
    expect(folderHolder(dir)).toBeNull();
    FolderLock.acquire(dir, 'portal backup').release();
  });

  it('refuses PGlite itself on a folder another process holds, before touching its files', async () => {
    const dir = folder();
    const { line } = await holder(dir);
    expect(line).toMatch(/^locked \d+$/);
    await expect(openDb({ dataDir: dir })).rejects.toThrow(new RegExp(`in use by \`test holder\` \\(pid ${line.split(' ')[1]}\\)`));
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('takes over at once from a holder killed with kill -9, and from a pid the system has since given to another process', async () => {
    const dir = folder();
    const { child } = await holder(dir);
    await killed(child);
    const lock = FolderLock.acquire(dir, 'portal serve');
    expect(folderHolder(dir)?.pid).toBe(process.pid);
    lock.release();

    // A lock naming a live pid that started at another time was left by a process long gone.
    fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: process.pid, started: `${processStart(process.pid)}0`, command: 'portal serve', since: '' }));
    expect(folderHolder(dir)).toBeNull();
    FolderLock.acquire(dir, 'portal serve').release();
  });

  it("of several processes racing for a dead holder's lock, exactly one wins and the others name it", async () => {
    const dir = folder();
    const { child } = await holder(dir);
    await killed(child);
    const results = await Promise.all(Array.from({ length: 4 }, () => holder(dir)));
    const winners = results.filter((r) => r.line.startsWith('locked'));
    expect(winners).toHaveLength(1);
    const winner = winners[0]!.line.split(' ')[1];
    for (const r of results.filter((x) => !x.line.startsWith('locked'))) expect(r.line).toBe(`refused ${winner}`);
  });
});
