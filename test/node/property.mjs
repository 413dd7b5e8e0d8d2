// Property-based testing with fast-check for the node tests: how many cases, and the seed.
// MESO_PROPERTY_RUNS sets the number of cases (default 1000; never fewer than 1000 under CI=true);
// MESO_PROPERTY_SEED replays a failure. A failure prints its seed and the shrunk counterexample.
import fc from 'fast-check';

const asked = Number(process.env.MESO_PROPERTY_RUNS || 1000);
/** Cases per property. */
export const RUNS = process.env.CI ? Math.max(1000, asked) : asked;

/** Runs `property` RUNS times (or replays MESO_PROPERTY_SEED); on failure the error names the seed. */
export async function check(property, options = {}) {
  const seed = process.env.MESO_PROPERTY_SEED ? Number(process.env.MESO_PROPERTY_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  try {
    await fc.assert(property, {numRuns: RUNS, seed, ...options});
  } catch (error) {
    const line = `fast-check seed ${seed}: replay with MESO_PROPERTY_SEED=${seed} MESO_PROPERTY_RUNS=${RUNS}`;
    console.error(line);
    const cause = error.cause instanceof Error ? `\nWhat failed: ${error.cause.message}` : '';
    error.message = `${line}\n${error.message}${cause}`;
    throw error;
  }
}

export {fc};
