import { ChanceryError } from '../../src/index.js';

/** Runs what must fail with a ChanceryError and returns it; fails the test otherwise. */
export function failure(run: () => unknown): ChanceryError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChanceryError) return error;
    throw error;
  }
  throw new Error('expected a ChanceryError');
}
