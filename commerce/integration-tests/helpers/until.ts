/** Polls until the condition holds: indexing and notifications follow events, so tests wait on them, never sleep a fixed time. */
export async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last = await probe()
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200))
    last = await probe()
  }
  return last
}
