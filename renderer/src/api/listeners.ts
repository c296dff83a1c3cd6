/** A tiny set of callbacks; one failing listener must not starve the rest. */
export class Listeners<T> {
  private readonly items = new Set<(value: T) => void>();

  add(listener: (value: T) => void): () => void {
    this.items.add(listener);
    return () => this.items.delete(listener);
  }

  emit(value: T): void {
    for (const listener of this.items) {
      try {
        listener(value);
      } catch (error) {
        console.error(error);
      }
    }
  }
}
