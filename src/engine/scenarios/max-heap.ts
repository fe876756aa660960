/**
 * A binary max-heap of items by a numeric key, for the scenario witnesses (slot-witness.ts):
 * the member furthest short among many, again and again, in O(log n) a time.
 */
export class MaxHeap<T> {
  private readonly keys: Array<number> = []
  private readonly items: Array<T> = []

  push(key: number, item: T): void {
    this.keys.push(key)
    this.items.push(item)
    let at = this.items.length - 1
    while (at > 0) {
      const parent = (at - 1) >> 1
      if ((this.keys[parent] ?? 0) >= key) break
      this.swap(at, parent)
      at = parent
    }
  }

  /** The item with the largest key, removed; undefined when empty. */
  pop(): T | undefined {
    const top = this.items[0]
    const last = this.items.length - 1
    if (last < 0) return undefined
    this.swap(0, last)
    this.keys.pop()
    this.items.pop()
    let at = 0
    for (;;) {
      const left = 2 * at + 1
      const right = left + 1
      let largest = at
      if (left < last && (this.keys[left] ?? 0) > (this.keys[largest] ?? 0)) largest = left
      if (right < last && (this.keys[right] ?? 0) > (this.keys[largest] ?? 0)) largest = right
      if (largest === at) break
      this.swap(at, largest)
      at = largest
    }
    return top
  }

  private swap(a: number, b: number): void {
    const key = this.keys[a] ?? 0
    this.keys[a] = this.keys[b] ?? 0
    this.keys[b] = key
    const item = this.items[a]
    const other = this.items[b]
    if (item === undefined || other === undefined) return
    this.items[a] = other
    this.items[b] = item
  }
}
