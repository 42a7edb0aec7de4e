import { describe, expect, it } from 'vitest';
import { unwrapBodies, unwrapName } from './unwrap.js';

describe('unwrapBodies', () => {
  it('joins a name the cell wrapped', () => {
    expect(unwrapBodies('乡镇\n人民\n政府')).toEqual(['乡镇人民政府']);
  });

  it('keeps a break between names that each end as a body does', () => {
    expect(unwrapBodies('党建工作办公室\n平安建设办公室')).toEqual([
      '党建工作办公室',
      '平安建设办公室',
    ]);
  });

  it('still splits at separators', () => {
    expect(unwrapBodies('市交通委运输局、各区县交通局(市级+区级)')).toEqual([
      '市交通委运输局',
      '各区县交通局(市级+区级)',
    ]);
  });
});

describe('unwrapName', () => {
  it('joins the lines of a wrapped name, and keeps numbered lines apart', () => {
    expect(unwrapName('对未按规定设置防火间\n距的处罚')).toBe('对未按规定设置防火间距的处罚');
    expect(unwrapName('社会救助\n1.低保\n2.特困')).toBe('社会救助\n1.低保\n2.特困');
  });
});
