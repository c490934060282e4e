/**
 * A hash table from a pair of non-negative 32-bit integers to a dense index (0, 1, 2… in
 * order of insertion), with open addressing over typed arrays. THEMES looks up one pair per
 * adjacent pair of words in every comment (a million look-ups for 100,000 comments): a Map
 * keyed by `a * n + b` would hash a heap number each time; this does two multiplications.
 */
export class PairTable {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private slots: Int32Array; // index + 1; 0 = empty
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keysA = new Int32Array(capacity);
    this.keysB = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The index of (a, b), or −1 when the pair was never added. */
  get(a: number, b: number): number {
    const mask = this.mask;
    for (let i = hash(a, b) & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i];
      if (slot === 0) return -1;
      if (this.keysA[i] === a && this.keysB[i] === b) return slot - 1;
    }
  }

  /** The index of (a, b), adding the pair (with the next index) when it is new. */
  add(a: number, b: number): number {
    const mask = this.mask;
    let i = hash(a, b) & mask;
    for (; ; i = (i + 1) & mask) {
      const slot = this.slots[i];
      if (slot === 0) break;
      if (this.keysA[i] === a && this.keysB[i] === b) return slot - 1;
    }
    const index = this.count++;
    this.keysA[i] = a;
    this.keysB[i] = b;
    this.slots[i] = index + 1;
    if (this.count * 2 > this.slots.length) this.grow();
    return index;
  }

  /** Calls `visit(a, b, index)` for every pair. */
  forEach(visit: (a: number, b: number, index: number) => void): void {
    for (let i = 0; i < this.slots.length; i++) if (this.slots[i] !== 0) visit(this.keysA[i], this.keysB[i], this.slots[i] - 1);
  }

  private grow(): void {
    const { keysA, keysB, slots } = this;
    this.keysA = new Int32Array(slots.length * 2);
    this.keysB = new Int32Array(slots.length * 2);
    this.slots = new Int32Array(slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let j = 0; j < slots.length; j++) {
      if (slots[j] === 0) continue;
      let i = hash(keysA[j], keysB[j]) & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.keysA[i] = keysA[j];
      this.keysB[i] = keysB[j];
      this.slots[i] = slots[j];
    }
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}
