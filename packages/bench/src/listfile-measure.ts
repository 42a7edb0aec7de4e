// One measurement in a process of its own, so that its peak RSS is its own: read one list file
// by the method given and print one line of JSON (wall and CPU ms, peak RSS, duties read).
//   read          readListFile: read, parse, check the invariants, as `qingdan validate` does
//   yaml-package  the reading this replaced: the yaml package's parse, then parseDutyList
//   json-floor    JSON.parse of the text alone: the least any reader of the JSON does
import { readFileSync } from 'node:fs';
import { parseDutyList } from '@qingdan/core';
import { readListFile } from '@qingdan/listfile';
import { parse } from 'yaml';

const [method = 'read', file = ''] = process.argv.slice(2);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const start = performance.now();
const startCpu = cpu();
let duties = 0;
let ok = false;
if (method === 'read') {
  const result = await readListFile(file);
  ok = result.ok;
  duties = result.ok ? result.value.duties.length : 0;
} else if (method === 'yaml-package') {
  const data = parse(readFileSync(file, 'utf8'), { uniqueKeys: true, maxAliasCount: -1 });
  const result = parseDutyList(data);
  ok = result.ok;
  duties = result.ok ? result.value.duties.length : 0;
} else {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { duties: unknown[] };
  ok = true;
  duties = data.duties.length;
}
process.stdout.write(
  `${JSON.stringify({
    method,
    ok,
    duties,
    ms: performance.now() - start,
    cpuMs: cpu() - startCpu,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
