import { describe, expect, it } from 'vitest';
import type { ListedInput } from '../../../../src/io/s3/list.js';
import { planObjects } from '../../../../src/io/s3/plan.js';

const tree = (bucket: string, base: string, keys: string[]): ListedInput => ({ url: `s3://${bucket}/${base}`, bucket, base, single: false, objects: keys.map((key) => ({ key, size: 10 })) });
const one = (bucket: string, key: string): ListedInput => ({ url: `s3://${bucket}/${key}`, bucket, base: key, single: true, objects: [{ key, size: 10 }] });
const outputs = (plan: ReturnType<typeof planObjects>): unknown[] => plan.objects.map((o) => o.output);

describe('planObjects', () => {
  it('mirrors a prefix under an s3:// output, keys relative to the prefix', () => {
    const plan = planObjects([tree('logs', 'app/', ['app/a.log', 'app/x/b.gz'])], { kind: 's3', url: { bucket: 'clean', key: 'out' } });
    expect(outputs(plan)).toEqual([
      { kind: 's3', bucket: 'clean', key: 'out/a.log', inPlace: false },
      { kind: 's3', bucket: 'clean', key: 'out/x/b.gz', inPlace: false },
    ]);
    expect(plan.objects.map((o) => o.url)).toEqual(['s3://logs/app/a.log', 's3://logs/app/x/b.gz']);
  });

  it('writes one object to the key given, or under it when the key ends with a slash', () => {
    expect(outputs(planObjects([one('logs', 'app/a.log')], { kind: 's3', url: { bucket: 'clean', key: 'a.clean.log' } }))).toEqual([{ kind: 's3', bucket: 'clean', key: 'a.clean.log', inPlace: false }]);
    expect(outputs(planObjects([one('logs', 'app/a.log')], { kind: 's3', url: { bucket: 'clean', key: 'out/' } }))).toEqual([{ kind: 's3', bucket: 'clean', key: 'out/a.log', inPlace: false }]);
  });

  it('names each of several inputs under the output, as a local run does', () => {
    const plan = planObjects([one('logs', 'app/a.log'), tree('logs', 'db/', ['db/1.log'])], { kind: 'path', path: 'clean', directory: false });
    expect(outputs(plan)).toEqual([
      { kind: 'file', path: 'clean/a.log' },
      { kind: 'file', path: 'clean/db/1.log' },
    ]);
  });

  it('writes one object to a local file, or into a directory', () => {
    expect(outputs(planObjects([one('logs', 'app/a.log')], { kind: 'path', path: 'a.txt', directory: false }))).toEqual([{ kind: 'file', path: 'a.txt' }]);
    expect(outputs(planObjects([one('logs', 'app/a.log')], { kind: 'path', path: 'out', directory: true }))).toEqual([{ kind: 'file', path: 'out/a.log' }]);
  });

  it('writes each object over itself in place, and nothing for a check', () => {
    expect(outputs(planObjects([tree('logs', '', ['a', 'b/c'])], { kind: 'in-place' }))).toEqual([
      { kind: 's3', bucket: 'logs', key: 'a', inPlace: true },
      { kind: 's3', bucket: 'logs', key: 'b/c', inPlace: true },
    ]);
    expect(outputs(planObjects([tree('logs', '', ['a'])], { kind: 'none' }))).toEqual([undefined]);
  });

  it('reports an empty prefix as a failure and plans the other inputs', () => {
    const plan = planObjects([tree('logs', 'none/', []), one('logs', 'a')], { kind: 'none' });
    expect(plan.failures).toEqual([{ file: 's3://logs/none/', reason: 'no objects under this prefix' }]);
    expect(plan.objects).toHaveLength(1);
  });

  it('refuses an output inside an input, over an input, or two inputs to one output', () => {
    expect(() => planObjects([tree('logs', 'app/', ['app/a'])], { kind: 's3', url: { bucket: 'logs', key: 'app/clean/' } })).toThrow(/inside the input s3:\/\/logs\/app\//);
    expect(() => planObjects([one('logs', 'a')], { kind: 's3', url: { bucket: 'logs', key: 'a' } })).toThrow(/would overwrite the input s3:\/\/logs\/a/);
    expect(() => planObjects([one('logs', 'x/a'), one('logs', 'y/a')], { kind: 's3', url: { bucket: 'clean', key: '' } })).toThrow(/two inputs would be written to s3:\/\/clean\/a/);
  });

  it('lets a tree go to a sibling prefix of the same bucket', () => {
    const plan = planObjects([tree('logs', 'app/', ['app/a'])], { kind: 's3', url: { bucket: 'logs', key: 'app-clean/' } });
    expect(outputs(plan)).toEqual([{ kind: 's3', bucket: 'logs', key: 'app-clean/a', inPlace: false }]);
  });
});
