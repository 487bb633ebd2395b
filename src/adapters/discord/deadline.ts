/** The value of `work`, or `fallback` when it takes longer than `ms` (the work is left to finish unobserved). */
export async function withDeadline<T>(work: Promise<T> | T, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([Promise.resolve(work), late]);
  } finally {
    clearTimeout(timer);
  }
}
