/**
 * A process-wide cap on concurrent image work: at most `concurrency` photos through the pipeline at
 * once (the machine has few cores), at most `queue` waiting; past that a request is turned away at
 * once (the caller answers 429 with Retry-After) instead of piling up CPU and memory.
 */
export class Busy extends Error {
  constructor() {
    super("The gallery is processing many photos right now. Send this one again in a minute.")
    this.name = "Busy"
  }
}

export class WorkGate {
  private running = 0
  private waiting: (() => void)[] = []

  constructor(
    readonly concurrency: number,
    readonly queue: number,
  ) {}

  get load() {
    return { running: this.running, waiting: this.waiting.length }
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queue) throw new Busy()
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    } else {
      this.running++
    }
    try {
      return await work()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.running--
    }
  }
}

/** The image pipeline's gate in this process. */
export const imageGate = new WorkGate(2, 6)
