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
    // Everything a user can cause is an issue with exit 0, 1 or 2; only a defect of qingdan
    // itself gets here, and then its trace is what a report of it needs.
    process.stderr.write(
      'qingdan: 内部错误，这是 qingdan 的缺陷，请附上以下信息报告 / internal error: a defect of qingdan; please report it with what follows\n' +
        `${(error as Error)?.stack ?? String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
