/** The index is built in the background after start; waits until the API serves it. */
export async function waitForIndex(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await fetch(`${baseUrl}/api/index/latest`)).ok) return;
    if (Date.now() > deadline) throw new Error('The index was not built in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}
