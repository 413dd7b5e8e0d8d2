// An empty module: bench/static-first.mjs measures what loading any script costs the first paint.
