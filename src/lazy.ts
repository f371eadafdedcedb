// A value made the first time it is asked for. Big patterns and tables cost start-up time in
// every process that imports them, and most processes never use them: a hook judging a shell
// command reads no prompt-injection pattern.
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T | undefined;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
