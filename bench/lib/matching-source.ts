// Record source for the matching worker threads: the seeded synthetic population (bench/lib/matching-synthetic.ts).
import { syntheticPopulation } from './matching-synthetic';

export function* synthetic(count: number, seed: number) {
  yield* syntheticPopulation(count, seed);
}
