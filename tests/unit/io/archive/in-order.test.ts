import { describe, expect, it } from 'vitest';
import { createInOrder } from '../../../../src/io/archive/in-order.js';

describe('createInOrder', () => {
  it('hands on the first item’s findings at once, and a later item’s only after the items before it, each before its outcome', () => {
    const seen: string[] = [];
    const order = createInOrder<string, string>(3, { onFinding: (i, f) => seen.push(`${i}:${f}`), onOutcome: (o) => seen.push(o) });

    order.found(0, 'a');
    order.found(2, 'c');
    order.found(1, 'b');
    order.finished(2, 'done 2');
    order.found(0, 'a2');
    order.finished(1, 'done 1');
    expect(seen).toEqual(['0:a', '0:a2']);

    order.finished(0, 'done 0');
    expect(seen).toEqual(['0:a', '0:a2', 'done 0', '1:b', 'done 1', '2:c', 'done 2']);
  });

  it('streams the findings of the item in hand once the items before it are done', () => {
    const seen: string[] = [];
    const order = createInOrder<string, string>(2, { onFinding: (i, f) => seen.push(`${i}:${f}`), onOutcome: (o) => seen.push(o) });
    order.finished(0, 'done 0');
    order.found(1, 'b');
    expect(seen).toEqual(['done 0', '1:b']);
  });
});
