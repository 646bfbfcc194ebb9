// Foreign names written in Chinese characters meet their Latin spelling in a block, and only there.
import { describe, expect, it } from 'vitest';
import { hanTranscriptionKeys, latinSoundKey } from './han-keys';
import { normaliseName } from './normalise';
import { MatchRun } from './propose';
import type { MatchRecord } from './record';

const latinKeys = (name: string) => normaliseName(name).tokens.map(latinSoundKey);

describe('sound keys of Chinese transcriptions', () => {
  it.each([
    ['巴基爾', 'Bakir'],
    ['克里斯托弗', 'Christoffer'],
    ['伯納德', 'Bernard'],
    ['勃列日涅夫', 'Brezhnev'],
    ['麥金托什', 'Mackintosh'],
    ['萊恩', 'Laing'],
    ['塞雷茨', 'Seretse'],
    ['普布利乌斯', 'Publius'],
  ])('gives %s the key of %s', (han, latin) => {
    expect(hanTranscriptionKeys(han)).toEqual(latinKeys(latin));
  });

  it('keys each part of a dotted full name', () => {
    expect(hanTranscriptionKeys('麥金托什·帕金森')).toEqual(latinKeys('Mackintosh Parkinson'));
  });

  it('leaves a Chinese person’s own name to the pinyin keys', () => {
    expect(hanTranscriptionKeys('王小明')).toEqual([]);
    expect(hanTranscriptionKeys('張偉')).toEqual([]);
  });
});

describe('blocking with the sound keys', () => {
  const person = (id: string, name: string): MatchRecord => ({ id, type: 'person', state: 'AUS', names: [name], documents: [], phones: [] });
  const candidates = (records: MatchRecord[]) => {
    const run = new MatchRun({});
    run.add(records);
    const pairs: string[] = [];
    run.run({ onScored: (i, j) => pairs.push([records[i]?.id, records[j]?.id].sort().join('~')) });
    return pairs;
  };

  it('brings a transcription and its Latin spelling into one block, but never two unrelated Latin names', () => {
    // Bakir and Pazzo share only the coarse sound key BK: the Han record pairs with both, they not with each other.
    expect(latinKeys('Pazzo')).toEqual(latinKeys('Bakir'));
    const pairs = candidates([person('han', '巴基爾'), person('latin', 'Bakir'), person('other', 'Pazzo')]);
    expect(pairs).toContain('han~latin');
    expect(pairs).not.toContain('latin~other');
  });
});
