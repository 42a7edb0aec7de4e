import { Worker } from 'node:worker_threads';
import { type Issue, makeIssue } from '@qingdan/core';
import { QueryError } from '../query/query-error.js';

/**
 * The queries of a published folder, answered on a worker thread that holds its embedded store:
 * a long query holds that thread, not the caller's, and one that runs past `timeoutMs` is
 * stopped (the thread is ended and a fresh one loads the folder for the next query).
 *
 * @example
 * ```ts
 * const queries = await folderQueries('out/site', 30_000);
 * await queries.answer('ASK { ?s ?p ?o }', 'json');
 * ```
 */
export interface FolderQueries {
  /** The query's results serialised in `format`; rejects with {@link QueryError}. */
  readonly answer: (query: string, format: string) => Promise<string>;
  /** Ends the worker thread. */
  readonly close: () => Promise<void>;
}

interface Pending {
  readonly resolve: (body: string) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * A worker thread running the worker's script beside this module: the built `.js`; or, run from
 * source (tests, tsx), the `.ts` through tsx's loader, registered inside the thread since a
 * loader given as `--import` does not reach a worker's own entry.
 */
function startThread(folder: string): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./query-worker.js', import.meta.url), { workerData: { folder } });
  const script = JSON.stringify(new URL('./query-worker.ts', import.meta.url).href);
  return new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${script}); });`,
    { eval: true, workerData: { folder }, execArgv: ['--conditions=source'] },
  );
}

/**
 * Starts the worker thread for a published folder and waits until its store is loaded. Rejects
 * with {@link QueryError} (`published-folder-unreadable`, `embedded-store-full`) when the folder
 * cannot be loaded. See {@link FolderQueries}.
 *
 * @example
 * ```ts
 * const queries = await folderQueries('out/site', 30_000);
 * ```
 */
export async function folderQueries(folder: string, timeoutMs: number): Promise<FolderQueries> {
  let worker: Promise<Worker> | undefined;
  let next = 0;
  const pending = new Map<number, Pending>();
  // Threads ended on purpose (a timeout, close): their exit is no failure.
  const ending = new WeakSet<Worker>();
  const failAll = (error: Error) => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    pending.clear();
  };
  const end = (thread: Worker) => {
    ending.add(thread);
    void thread.terminate();
  };
  const start = (): Promise<Worker> => {
    const thread = startThread(folder);
    // The server keeps the process alive while it serves; the thread need not.
    thread.unref();
    const started = new Promise<Worker>((resolve, reject) => {
      const stopped = (reason: string) => {
        if (ending.has(thread)) return;
        ending.add(thread);
        if (worker === started) worker = undefined;
        const error = new QueryError(makeIssue('sparql-query-failed', 'error', [], { reason }));
        reject(error);
        failAll(error);
      };
      thread.on('message', (message: WorkerMessage) => {
        if (message.ready !== undefined) {
          if (message.ready) resolve(thread);
          else {
            if (worker === started) worker = undefined;
            end(thread);
            reject(new QueryError(message.issue as Issue));
          }
          return;
        }
        const p = pending.get(message.id as number);
        if (!p) return;
        pending.delete(message.id as number);
        clearTimeout(p.timer);
        if (message.issue) p.reject(new QueryError(message.issue));
        else p.resolve(message.body ?? '');
      });
      thread.on('error', (error) => stopped(error.message));
      thread.on('exit', (code) => stopped(`exit code ${code}`));
    });
    return started;
  };
  worker = start();
  await worker;
  return {
    answer: async (query, format) => {
      worker ??= start();
      const thread = await worker;
      const id = next++;
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          // The store cannot be interrupted mid-query: its thread is ended, every query waiting
          // on it refused, and the next query starts a fresh one.
          worker = undefined;
          end(thread);
          failAll(
            new QueryError(
              makeIssue('sparql-query-timeout', 'error', [], {
                seconds: Math.round(timeoutMs / 100) / 10,
              }),
            ),
          );
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        thread.postMessage({ id, query, format });
      });
    },
    close: async () => {
      const current = worker;
      worker = undefined;
      failAll(new QueryError(makeIssue('sparql-query-failed', 'error', [], { reason: 'closed' })));
      if (current) {
        const thread = await current;
        ending.add(thread);
        await thread.terminate();
      }
    },
  };
}

/** What the worker posts: once `ready` (or not, with the issue), then one answer per query. */
interface WorkerMessage {
  readonly ready?: boolean;
  readonly id?: number;
  readonly body?: string;
  readonly issue?: Issue;
}
