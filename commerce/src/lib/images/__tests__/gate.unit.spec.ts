import { Busy, WorkGate } from "../gate"

describe("the image pipeline's gate", () => {
  it("runs at most `concurrency` jobs, queues up to `queue`, and turns the rest away at once", async () => {
    const gate = new WorkGate(2, 1)
    const releases: (() => void)[] = []
    let peak = 0
    let active = 0
    const job = () =>
      gate.run(
        () =>
          new Promise<void>((resolve) => {
            active++
            peak = Math.max(peak, active)
            releases.push(() => {
              active--
              resolve()
            })
          }),
      )
    const first = job()
    const second = job()
    const third = job()
    await expect(job()).rejects.toBeInstanceOf(Busy)
    expect(gate.load).toEqual({ running: 2, waiting: 1 })
    releases.shift()!()
    await first
    // the queued job starts as soon as one finishes
    await new Promise((r) => setImmediate(r))
    expect(releases).toHaveLength(2)
    for (const release of releases.splice(0)) release()
    await Promise.all([second, third])
    expect(peak).toBe(2)
    expect(gate.load).toEqual({ running: 0, waiting: 0 })
  })

  it("frees its place when a job fails", async () => {
    const gate = new WorkGate(1, 0)
    await expect(gate.run(() => Promise.reject(new Error("broken photo")))).rejects.toThrow("broken photo")
    await expect(gate.run(() => Promise.resolve(42))).resolves.toBe(42)
  })
})
