/**
 * Runs tasks one after another. Commands change data and then write it, and
 * two interleaved writes could acknowledge a change the other one overwrote.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
