import type { CommandRegistration } from '../command.js';
import { admitCommand } from './admit.js';
import { citeCommand } from './cite.js';
import { compareCommand } from './compare.js';
import { diffCommand } from './diff.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { publishCommand } from './publish.js';
import { pushCommand } from './push.js';
import { queryCommand } from './query.js';
import { serveCommand } from './serve.js';
import { siteCommand } from './site.js';
import { statsCommand } from './stats.js';
import { validateCommand } from './validate.js';

/** Every subcommand of `qingdan`, in the order `--help` lists them. */
export const commands: readonly CommandRegistration[] = [
  validateCommand,
  statsCommand,
  publishCommand,
  importCommand,
  exportCommand,
  citeCommand,
  admitCommand,
  diffCommand,
  compareCommand,
  siteCommand,
  serveCommand,
  queryCommand,
  pushCommand,
];
