// One process per embedded database folder. PGlite is a single PostgreSQL backend over plain files: two processes on
// one folder corrupt it. The first process to open the folder writes `<folder>.lock` naming itself (pid, command, and
// once it listens its URL and control socket); a second process is refused with that name, or works through the
// holder. A lock whose process is gone (killed, crashed, machine restarted) is taken over at once.
// Hand-written rather than proper-lockfile: the lock must carry who holds it and how to reach them, and a dead holder
// is recognised from its pid and start time instead of waiting for a staleness timeout.
import fs from 'node:fs';
import path from 'node:path';

export interface LockHolder {
  pid: number;
  /** The process's start time as the kernel counts it (Linux), so a recycled pid is not mistaken for the holder. */
  started: string;
  /** What holds the folder, e.g. "portal serve". */
  command: string;
  since: string;
  /** Where the holder serves the portal, once it listens. */
  url?: string | null;
  /** How to run an operation through the holder (see src/server/commands/control.ts). */
  control?: { socketPath?: string; port?: number; token: string } | null;
}

export class FolderInUse extends Error {
  constructor(
    readonly folder: string,
    readonly holder: LockHolder,
  ) {
    super(
      `the embedded database in ${folder} is in use by \`${holder.command}\` (pid ${holder.pid}${holder.url ? `, serving ${holder.url}` : ''}); ` +
        'one process at a time may open it: stop that process first, or point PORTAL_DATA elsewhere',
    );
  }
}

/** The kernel's start time of a process (field 22 of /proc/PID/stat), or '' where there is no /proc. */
export function processStart(pid: number): string {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

function alive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const started = processStart(holder.pid);
  return !holder.started || !started || started === holder.started;
}

const lockFileOf = (folder: string) => `${path.resolve(folder)}.lock`;

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Unreadable: written by something else, or damaged; it names no live process.
    return { pid: -1, started: '', command: 'unknown', since: '' };
  }
}

/** The live holder of a folder, or null when it is free (a dead holder's lock counts as free). */
export function folderHolder(folder: string): LockHolder | null {
  const holder = readHolder(lockFileOf(folder));
  return holder && holder.pid > 0 && alive(holder) ? holder : null;
}

/** Writes content to a new file and links it into place: the lock appears whole or not at all. */
function createWhole(file: string, holder: LockHolder): boolean {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(holder), { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Removes a dead holder's lock, unless another process replaced it meanwhile (one remover at a time, by a guard file). */
function removeStale(file: string, seen: string): void {
  const guard = `${file}.takeover`;
  try {
    fs.writeFileSync(guard, String(process.pid), { flag: 'wx' });
  } catch {
    // Another process is taking over; a guard left by a process killed mid-takeover is cleared after ten seconds.
    try {
      if (Date.now() - fs.statSync(guard).mtimeMs > 10_000) fs.rmSync(guard, { force: true });
    } catch {
      /* already gone */
    }
    return;
  }
  try {
    const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (now === seen) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

const held = new Set<FolderLock>();
let exitHook = false;

export class FolderLock {
  private released = false;
  private constructor(
    readonly folder: string,
    private readonly file: string,
    private holder: LockHolder,
  ) {}

  /** Takes the folder or throws FolderInUse naming the live holder. */
  static acquire(folder: string, command: string): FolderLock {
    const file = lockFileOf(folder);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const holder: LockHolder = { pid: process.pid, started: processStart(process.pid), command, since: new Date().toISOString() };
    for (let attempt = 0; attempt < 200; attempt++) {
      if (createWhole(file, holder)) {
        const lock = new FolderLock(folder, file, holder);
        held.add(lock);
        if (!exitHook) {
          exitHook = true;
          process.once('exit', () => held.forEach((l) => l.release()));
        }
        return lock;
      }
      let seen: string;
      try {
        seen = fs.readFileSync(file, 'utf8');
      } catch {
        continue; // released between our attempt and the read
      }
      const current = readHolder(file);
      if (current && current.pid > 0 && alive(current)) throw new FolderInUse(folder, current);
      removeStale(file, seen);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5 + attempt);
    }
    throw new Error(`could not lock ${folder}: its lock file ${file} keeps changing`);
  }

  /** Adds how to reach the holder (its URL and control socket), once it listens. */
  update(patch: Pick<LockHolder, 'url' | 'control'>): void {
    this.holder = { ...this.holder, ...patch };
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.holder), { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    held.delete(this);
    const current = readHolder(this.file);
    if (current?.pid === process.pid && current.started === this.holder.started) fs.rmSync(this.file, { force: true });
  }
}
