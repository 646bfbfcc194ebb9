// Randomised steps of the analyses (Louvain's visiting order), driven by the shared seeded source so they repeat exactly.
export { seededRandom } from '../../../seeded-random';

/** Shuffles the array in place (Fisher-Yates) with the given random source. */
export function shuffleInPlace(values: Int32Array, random: () => number): Int32Array {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = values[i];
    values[i] = values[j];
    values[j] = held;
  }
  return values;
}
