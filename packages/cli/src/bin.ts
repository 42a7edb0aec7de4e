import { nodeIo } from './io.js';
import { run } from './run.js';

// A reader that stops early (`qingdan stats … | head`) closes the pipe: that ends the run
// quietly, as for any Unix filter, rather than with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `qingdan: 内部错误 / internal error: ${(error as Error)?.stack ?? String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
