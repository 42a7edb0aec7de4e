import { nodeIo } from './io.js';
import { run } from './run.js';

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
