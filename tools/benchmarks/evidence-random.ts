/** A deterministic pseudo-random sequence, so every run of the evidence benchmarks stores the same events. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
