import { dutyListToJsonLd } from '@qingdan/rdf';
import { benchLists } from '../src/rdf-data.js';
const base = 'https://data.example.org/qingdan/';
const lists = [...benchLists(20000)];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let r = 0; r < 6; r++) {
  let c = cpu(); let fb = 0; for (const l of lists) fb += JSON.stringify(l).length; const floor = cpu() - c;
  c = cpu(); const docs = lists.map((l) => dutyListToJsonLd(l, { base })); const build = cpu() - c;
  c = cpu(); let jb = 0; for (const d of docs) jb += JSON.stringify(d).length; const str = cpu() - c;
  console.log(`floor ${floor.toFixed(0)} (${fb}) build ${build.toFixed(0)} stringify ${str.toFixed(0)} (${jb}) ratio ${((build + str) / floor).toFixed(2)} stringify/floor ${(str / floor).toFixed(2)}`);
}
