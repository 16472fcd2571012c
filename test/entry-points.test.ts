// The entry-point names are declared once (src/entry-points.ts) and must be exactly the exports of src/index.ts:
// checked at compile time (the typecheck of npm test) and at run time.
import * as index from '../src/index';
import { ENTRY_POINTS, type EntryPoint } from '../src/entry-points';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// A name exported but not declared, or declared but not exported, makes this line a type error.
const namesMatch: Same<keyof typeof index, EntryPoint> = true;

describe('entry points', () => {
  it('index.ts exports exactly the declared names, each a function', () => {
    expect(namesMatch).toBe(true);
    expect(Object.keys(index).sort()).toEqual([...ENTRY_POINTS].sort());
    for (const name of ENTRY_POINTS) expect(typeof index[name]).toBe('function');
  });

  it('declares each name once', () => {
    expect(new Set(ENTRY_POINTS).size).toBe(ENTRY_POINTS.length);
  });
});
