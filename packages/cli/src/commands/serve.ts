import { stat } from 'node:fs/promises';
import { type Issue, issueMessages, escapeForTerminal as t } from '@qingdan/core';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { load } from '../load.js';

interface ServeCommandOptions {
  readonly port: string;
}

/**
 * `qingdan serve <dir> [--port]`: the site or published folder on the loopback address, with
 * content negotiation and SPARQL at `/sparql` over the folder's N-Quads (`@qingdan/store`).
 */
export const serveCommand: CommandRegistration = (program, { io, exit }) => {
  program
    .command('serve')
    .description(
      '在本机（127.0.0.1）上提供网站或发布目录：静态文件、按 Accept 协商版本与事项 IRI 的格式，以及基于目录中 N-Quads 的 /sparql / ' +
        "serve a site or published folder on loopback: static files, content negotiation for edition and duty IRIs, and /sparql over the folder's N-Quads",
    )
    .argument(
      '<dir>',
      'qingdan site 或 qingdan publish 的输出目录 / a folder written by qingdan site or qingdan publish',
    )
    .option('--port <n>', '端口，0 为任一空闲端口 / port, 0 for any free one', '8080')
    .action(async (dir: string, options: ServeCommandOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.stderr(
          `--port 须为 0–65535 的整数 / --port must be an integer from 0 to 65535: ${t(options.port)}\n`,
        );
        exit(exitCodes.usage);
        return;
      }
      const found = await stat(dir).catch(() => undefined);
      if (!found?.isDirectory()) {
        io.stderr(
          found
            ? `不是文件夹 / not a folder: ${t(dir)}\n`
            : `找不到文件夹 / no such folder: ${t(dir)}\n`,
        );
        exit(exitCodes.usage);
        return;
      }
      const { optionalSparqlHandler, serveSite } = await load.site();
      let sparql: Awaited<ReturnType<typeof optionalSparqlHandler>>;
      try {
        sparql = await optionalSparqlHandler(dir, () => load.store());
      } catch (error) {
        // A folder without N-Quads is still served; only its SPARQL endpoint is missing.
        if (!(error instanceof Error && 'issue' in error)) throw error;
        const { zh, en } = issueMessages(error.issue as Issue);
        io.stderr(`没有 SPARQL 端点：${t(zh)}\nno SPARQL endpoint: ${t(en)}\n`);
      }
      let server: Awaited<ReturnType<typeof serveSite>>;
      try {
        server = await serveSite(dir, { port, ...(sparql ? { sparql } : {}) });
      } catch (error) {
        // The port is the user's choice: one taken or not allowed is said so, not a file error.
        const code = (error as NodeJS.ErrnoException | null)?.code;
        if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
        io.stderr(
          code === 'EADDRINUSE'
            ? `127.0.0.1 的端口 ${port} 已被占用：请用 --port 另选一个（--port 0 为任一空闲端口）\n` +
                `port ${port} on 127.0.0.1 is in use: choose another with --port (--port 0 for any free one)\n`
            : `无权在 127.0.0.1 的端口 ${port} 上监听（1024 以下的端口通常需要管理员权限）：请用 --port 另选一个\n` +
                `no permission to listen on port ${port} of 127.0.0.1 (ports below 1024 usually need an administrator): choose another with --port\n`,
        );
        exit(exitCodes.usage);
        return;
      }
      io.stdout(
        `正在提供 / serving ${t(dir)} at ${server.url}${sparql ? ` (SPARQL: ${server.url}sparql)` : ''}\n` +
          '按 Ctrl+C 停止 / press Ctrl+C to stop\n',
      );
      await new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
};
