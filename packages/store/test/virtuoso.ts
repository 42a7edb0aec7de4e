import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Virtuoso Open Source server started for a test, on loopback, with its own database. */
export interface Virtuoso {
  /** `http://127.0.0.1:PORT`, the HTTP server's root. */
  readonly http: string;
  /** The SQL port, for `isql-vt`. */
  readonly sqlPort: number;
  /** The folder of its database; also allowed for the bulk loader (`ld_dir`). */
  readonly folder: string;
  readonly stop: () => Promise<void>;
}

/** A TCP port free on loopback now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The memory a Virtuoso started here may use: `buffers` pages of 8 KiB in its cache, of which
 * `dirtyBuffers` may wait to be written. A test's few thousand triples fit in the small default;
 * the bench gives the server what Virtuoso's own guide suggests for a machine with 2 GB to spare.
 */
export interface VirtuosoMemory {
  readonly buffers: number;
  readonly dirtyBuffers: number;
}

const smallMemory: VirtuosoMemory = { buffers: 20_000, dirtyBuffers: 15_000 };

function ini(
  folder: string,
  sqlPort: number,
  httpPort: number,
  memory: VirtuosoMemory,
  dirsAllowed: readonly string[],
): string {
  return `[Database]
DatabaseFile = ${folder}/virtuoso.db
ErrorLogFile = ${folder}/virtuoso.log
LockFile = ${folder}/virtuoso.lck
TransactionFile = ${folder}/virtuoso.trx
xa_persistent_file = ${folder}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = ${folder}/virtuoso-temp.db
TransactionFile = ${folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ${['.', folder, ...dirsAllowed].join(', ')}
NumberOfBuffers = ${memory.buffers}
MaxDirtyBuffers = ${memory.dirtyBuffers}
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 4
MaxClientConnections = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
`;
}

/**
 * Starts `virtuoso-t` in the foreground on free loopback ports with a fresh database in a
 * temporary folder (user `dba`, password `dba`), and resolves once its HTTP server answers.
 * `stop` ends that process by its pid and removes the folder. The bulk loader may read the
 * database's folder and the folders in `dirsAllowed`.
 */
export async function startVirtuoso(
  memory: VirtuosoMemory = smallMemory,
  dirsAllowed: readonly string[] = [],
): Promise<Virtuoso> {
  const folder = await mkdtemp(join(tmpdir(), 'qingdan-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  await writeFile(
    join(folder, 'virtuoso.ini'),
    ini(folder, sqlPort, httpPort, memory, dirsAllowed),
  );
  const child: ChildProcess = spawn(
    'virtuoso-t',
    ['+configfile', join(folder, 'virtuoso.ini'), '+foreground'],
    { cwd: folder, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const http = `http://127.0.0.1:${httpPort}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      process.kill(child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid && process.kill(child.pid, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(folder, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error('virtuoso-t exited before it was ready');
    }
    try {
      const res = await fetch(`${http}/sparql?query=${encodeURIComponent('ASK {}')}`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('virtuoso-t was not ready within 60 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { http, sqlPort, folder, stop };
}
