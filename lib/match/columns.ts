/**
 * Arrays of flat records (the matcher's units) stored column by column. Structured cloning, which
 * IndexedDB uses, pays per object: 130,000 units as objects took ~160 ms to read back at 100×, the
 * same as a few strings and typed arrays a fraction of that. Strings become one joined string,
 * numbers and booleans typed arrays, and arrays (a unit's trail, its other sources) indices into a
 * table of the distinct ones. Fields a record lacks come back absent.
 *
 * Strings are also deduplicated, because the units repeat themselves: a paragraph is a piece of its
 * section's text and a sentence a piece of its paragraph (stored as row + offset), and ids share long
 * prefixes with the row before (`000_…:s2.1/p0` → `000_…:s2.1/p0.1`). This cuts the stored units
 * at 100× to about a third.
 */
type Value = string | number | boolean | readonly unknown[] | undefined;

type Column =
  | { type: 'string'; text: string; lengths: Int32Array; refs: Int32Array; offsets: Int32Array }
  | { type: 'number'; values: Float64Array }
  | { type: 'boolean'; values: Uint8Array }
  | { type: 'array'; table: unknown[][]; refs: Int32Array };

export interface Columns {
  count: number;
  columns: Record<string, Column>;
}

const ABSENT = -1;
/** `refs` value of a string stored in `text` after a prefix shared with the row before. */
const OWN = -1;
/** `refs` value of an absent string. */
const NONE = -2;
/** Rows a string is looked for in: the latest few strings (a section, its paragraph). */
const CONTAINERS = 3;

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function packStrings(values: readonly Value[]): Column {
  const count = values.length;
  const lengths = new Int32Array(count);
  const refs = new Int32Array(count);
  const offsets = new Int32Array(count);
  const own: string[] = [];
  const recent: number[] = [];
  let previous = '';
  values.forEach((value, row) => {
    if (typeof value !== 'string') {
      refs[row] = NONE;
      return;
    }
    lengths[row] = value.length;
    const container = value.length > 0 ? recent.find((r) => (values[r] as string).includes(value)) : undefined;
    if (container !== undefined) {
      refs[row] = container;
      offsets[row] = (values[container] as string).indexOf(value);
    } else {
      const shared = commonPrefix(previous, value);
      refs[row] = OWN;
      offsets[row] = shared;
      own.push(value.slice(shared));
    }
    previous = value;
    recent.unshift(row);
    if (recent.length > CONTAINERS) recent.pop();
  });
  return { type: 'string', text: own.join(''), lengths, refs, offsets };
}

function unpackStrings(column: Extract<Column, { type: 'string' }>, count: number): Value[] {
  const out: Value[] = new Array<Value>(count);
  let at = 0;
  let previous = '';
  for (let row = 0; row < count; row++) {
    const ref = column.refs[row] ?? NONE;
    if (ref === NONE) continue;
    const length = column.lengths[row] ?? 0;
    const offset = column.offsets[row] ?? 0;
    let value: string;
    if (ref === OWN) {
      const rest = length - offset;
      value = previous.slice(0, offset) + column.text.slice(at, (at += rest));
    } else {
      value = (out[ref] as string).slice(offset, offset + length);
    }
    out[row] = value;
    previous = value;
  }
  return out;
}

function packColumn(values: readonly Value[]): Column {
  const sample = values.find((value) => value !== undefined);
  if (typeof sample === 'string') return packStrings(values);
  if (typeof sample === 'number') return { type: 'number', values: Float64Array.from(values, (value) => (typeof value === 'number' ? value : NaN)) };
  if (typeof sample === 'boolean') return { type: 'boolean', values: Uint8Array.from(values, (value) => (value === undefined ? 2 : value ? 1 : 0)) };
  if (sample !== undefined && !Array.isArray(sample)) throw new TypeError(`cannot store a field of type ${typeof sample} column by column`);
  // Arrays: equal ones share one table entry (sentences of a section share their trail).
  const table: unknown[][] = [];
  const seen = new Map<string, number>();
  const refs = Int32Array.from(values, (value) => {
    if (!Array.isArray(value)) return ABSENT;
    const key = JSON.stringify(value);
    let at = seen.get(key);
    if (at === undefined) seen.set(key, (at = table.push([...value]) - 1));
    return at;
  });
  return { type: 'array', table, refs };
}

export function packColumns<T extends object>(records: readonly T[]): Columns {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const columns: Record<string, Column> = {};
  for (const key of keys) columns[key] = packColumn(records.map((record) => (record as Record<string, Value>)[key]));
  return { count: records.length, columns };
}

function unpackColumn(column: Column, count: number): Value[] {
  switch (column.type) {
    case 'string':
      return unpackStrings(column, count);
    case 'number':
      return Array.from(column.values, (value) => (Number.isNaN(value) ? undefined : value));
    case 'boolean':
      return Array.from(column.values, (value) => (value === 2 ? undefined : value === 1));
    case 'array':
      return Array.from(column.refs, (ref) => (ref === ABSENT ? undefined : column.table[ref]));
  }
}

/** The records `packColumns` was given (field order and absent fields included); the caller knows their type. */
export function unpackColumns<T>({ count, columns }: Columns): T[] {
  const records: Record<string, Value>[] = Array.from({ length: count }, () => ({}));
  for (const [key, column] of Object.entries(columns)) {
    const values = unpackColumn(column, count);
    values.forEach((value, i) => {
      if (value !== undefined) (records[i] as Record<string, Value>)[key] = value;
    });
  }
  return records as T[];
}
