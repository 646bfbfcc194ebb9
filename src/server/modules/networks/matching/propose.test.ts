// Cross-matching as an analyst relies on it: the same person across states and scripts is proposed, with reasons.
import { describe, expect, it } from 'vitest';
import { blockingKeys } from './blocking';
import { compareNames, jaroWinkler } from './name-similarity';
import { normaliseName } from './normalise';
import { proposeMatches } from './propose';
import { type MatchRecord, prepareRecord } from './record';
import { scorePair } from './score';
import { proposalThreshold, scoreRecords } from './scorer';

let next = 0;
function person(fields: Partial<MatchRecord> & { names: string[] }): MatchRecord {
  return { id: `r${++next}`, type: 'person', state: 'AUS', documents: [], phones: [], ...fields };
}
const score = (a: MatchRecord, b: MatchRecord) => scorePair(prepareRecord(a, 0), prepareRecord(b, 1), true);

describe('Jaro-Winkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});

describe('scoring a pair of person records', () => {
  it('matches a Persian-script record with its Latin spelling, and says why', () => {
    const result = score(
      person({ names: ['محمد رحیمی'], dob: '1984-03-02', nationality: 'IRN', state: 'IRN' }),
      person({ names: ['Mohammad Rahimi'], dob: '1984-03-02', nationality: 'IRN', state: 'IDN' }),
    );
    expect(result.score).toBeGreaterThan(0.95);
    expect(result.reasons.map((r) => r.text)).toContain('same date of birth 1984-03-02');
    expect(result.reasons.some((r) => r.text.startsWith('names match after transliteration: محمد رحیمی ~ Mohammad Rahimi'))).toBe(true);
  });

  it.each([
    [['Mohammed Abdul Rahman'], ['Muhammad Abdurrahman']],
    [['Nguyen Van An'], ['An Nguyen Van']],
    [['முருகன் சுப்பிரமணியம்'], ['Subramaniam Murugan']],
    [['王小明'], ['Xiaoming Wang']],
    [['Hussein Al-Khatib'], ['حسين الخطيب']],
    [['Chaiwat Somboon'], ['ชัยวัฒน์ สมบูรณ์']],
    [['Jayasooriya Nimal'], ['නිමල් ජයසූරිය']],
  ])('matches %s with %s when the birth dates agree', (a, b) => {
    const result = score(person({ names: a, dob: '1990-07-21' }), person({ names: b, dob: '1990-07-21' }));
    expect(result.score).toBeGreaterThan(0.8);
  });

  it('matches an alias that writes apart two words the name joins, on the names alone', () => {
    const alias = scoreRecords(
      { schema: 'Person', names: ['AHMAD JAN AKHUNDZADA SHUKOOR AKHUNDZADA'] },
      { schema: 'Person', names: ['Ahmad Jan Akhund Zada'] },
    );
    expect(alias.match).toBe(true);
    // Two Burmese names sharing their first two syllables stay apart: joining is for Latin names of three words or more.
    expect(scoreRecords({ schema: 'Person', names: ['Aung Kyaw'] }, { schema: 'Person', names: ['Aungkyaw Moe Win'] }).match).toBe(false);
  });

  it('accepts a day/month swap of the birth date as weaker evidence', () => {
    const swapped = score(person({ names: ['Ali Karimi'], dob: '1990-03-07' }), person({ names: ['Ali Karimi'], dob: '1990-07-03' }));
    expect(swapped.reasons.some((r) => r.text.includes('day and month swapped'))).toBe(true);
    expect(swapped.score).toBeGreaterThan(0.8);
  });

  it('does not match different people with similar names and different birth years', () => {
    const result = score(
      person({ names: ['Mohammad Rahimi'], dob: '1984-03-02', nationality: 'IRN' }),
      person({ names: ['Mohamed Rahimy'], dob: '1991-11-20', nationality: 'IRN' }),
    );
    expect(result.score).toBeLessThan(0.2);
    expect(result.reasons.map((r) => r.text)).toContain('different dates of birth 1984-03-02 / 1991-11-20');
  });

  it('does not let a shared birth date carry two clearly different names over the proposal threshold', () => {
    const strangers = score(
      person({ names: ['نرگس کریم حسینی'], dob: '1965-11-11', nationality: 'AFG' }),
      person({ names: ['Reza Hosseini'], dob: '1965-11-11', nationality: 'AFG' }),
    );
    expect(strangers.score).toBeLessThan(proposalThreshold);
    // The same person spelled two ways keeps the whole of the shared date.
    const same = score(
      person({ names: ['محمد حسینی'], dob: '1965-11-11', nationality: 'AFG' }),
      person({ names: ['Mohammad Hosseini'], dob: '1965-11-11', nationality: 'AFG' }),
    );
    expect(same.score).toBeGreaterThanOrEqual(proposalThreshold);
    expect(same.reasons.find((r) => r.code === 'birthDate.same')?.weight).toBe(3);
  });

  it('matches a one-consonant name skeleton only with the same consonant', () => {
    expect(compareNames(normaliseName('Ali'), normaliseName('علي')).similarity).toBeGreaterThanOrEqual(0.85);
    // "Ata" (t) is not "Matin" (m-t-n) because its one consonant appears in the other.
    expect(compareNames(normaliseName('Ata'), normaliseName('متين')).similarity).toBe(0);
  });

  it('ranks Hassan / Hussein below two spellings of Hussein', () => {
    const dob = '1980-01-01';
    const different = score(person({ names: ['Hassan Karimi'], dob }), person({ names: ['Hussein Karimi'], dob }));
    const variants = score(person({ names: ['Hossein Karimi'], dob }), person({ names: ['Hussein Karimi'], dob }));
    expect(different.score).toBeLessThan(variants.score);
  });

  it('lets a shared passport number dominate a poor name match', () => {
    const result = score(
      person({ names: ['Aung Kyaw'], documents: [{ type: 'passport', number: 'MA 123-4567', country: 'MMR' }] }),
      person({ names: ['Kyaw Win Aung'], documents: [{ type: 'passport', number: 'ma1234567', country: 'MMR' }] }),
    );
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.reasons.map((r) => r.text)).toContain('same passport number MA1234567');
  });

  it('weighs two different passports of the same state slightly against', () => {
    const base = score(person({ names: ['Ali Karimi'], dob: '1990-03-07' }), person({ names: ['Ali Karimi'], dob: '1990-03-07' }));
    const different = score(
      person({ names: ['Ali Karimi'], dob: '1990-03-07', documents: [{ type: 'passport', number: 'K1111111', country: 'IRN' }] }),
      person({ names: ['Ali Karimi'], dob: '1990-03-07', documents: [{ type: 'passport', number: 'K2222222', country: 'IRN' }] }),
    );
    expect(different.score).toBeLessThan(base.score);
    expect(different.score).toBeGreaterThan(0.8);
  });

  it('matches a shared phone written nationally and internationally', () => {
    const result = score(
      person({ names: ['Somchai Srisuk'], nationality: 'THA', phones: ['081 234 5678'] }),
      person({ names: ['Somchay Sisuk'], phones: ['+66 81 234 5678'] }),
    );
    expect(result.reasons.map((r) => r.text)).toContain('same phone number +66812345678');
    expect(result.score).toBeGreaterThan(0.9);
  });
});

describe('vessels and phones', () => {
  const vessel = (names: string[], imo: string, flag: string): MatchRecord => ({
    id: `v${++next}`,
    type: 'vessel',
    state: 'AUS',
    names,
    nationality: flag,
    documents: [{ type: 'imo', number: imo }],
    phones: [],
  });

  it('matches a vessel renamed and reflagged by its IMO number', () => {
    const result = score(vessel(['Sea Star'], 'IMO 9074729', 'IDN'), vessel(['KM Bintang Laut'], '9074729', 'MYS'));
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.reasons.map((r) => r.text)).toContain('same IMO number 9074729');
  });

  it('keeps apart two vessels of the same name with different IMO numbers', () => {
    expect(score(vessel(['Sea Star'], '9074729', 'IDN'), vessel(['Sea Star'], '9176187', 'IDN')).score).toBeLessThan(0.1);
  });

  it('matches phone records on the number', () => {
    const phone = (number: string, country: string): MatchRecord => ({
      id: `p${++next}`,
      type: 'phone',
      state: country,
      names: [],
      nationality: country,
      documents: [],
      phones: [number],
    });
    expect(score(phone('0812345678', 'THA'), phone('+66812345678', 'MYS')).score).toBeGreaterThan(0.9);
  });
});

describe('proposing matches over many records', () => {
  it('blocks on name skeletons with birth year, documents and phones', () => {
    const keys = blockingKeys(prepareRecord(person({ names: ['Nguyen Van An'], dob: '1980-02-01', documents: [{ type: 'passport', number: 'B1234567' }] }), 0));
    expect(keys).toContain('pD|B1234567');
    expect(keys).toContain('pP|n|nkn|1980');
    expect(keys).toContain('pT|nkn|1980|1-2');
  });

  it('proposes the cross-state matches, best first, with reasons, and nothing else', () => {
    const records = [
      person({ id: 'irn-1', state: 'IRN', names: ['محمد رحیمی'], dob: '1984-03-02', nationality: 'IRN' }),
      person({
        id: 'idn-1',
        state: 'IDN',
        names: ['Mohammad Rahimi'],
        dob: '1984-03-02',
        nationality: 'IRN',
        documents: [{ type: 'passport', number: 'P1234567' }],
      }),
      person({
        id: 'aus-1',
        state: 'AUS',
        names: ['Rahimi, Mohamed'],
        dob: '1984',
        nationality: 'IRN',
        documents: [{ type: 'passport', number: 'P 123 4567' }],
      }),
      person({ id: 'aus-2', state: 'AUS', names: ['Mohammad Rahimi'], dob: '1962-10-30', nationality: 'IRN' }),
      person({ id: 'lka-1', state: 'LKA', names: ['Nimal Perera'], dob: '1975-05-05' }),
    ];
    const { proposals, stats } = proposeMatches(records);
    const pairs = proposals.map((p) => [p.a, p.b].sort().join('+'));
    // aus-1 and irn-1 share only a name and a birth year: too weak alone; they are linked through idn-1.
    expect(pairs.sort()).toEqual(['aus-1+idn-1', 'idn-1+irn-1']);
    expect(proposals[0]?.score).toBeGreaterThanOrEqual(proposals[1]?.score ?? 1);
    for (const p of proposals) expect(p.reasons.length).toBeGreaterThan(0);
    expect(stats.candidatePairs).toBeLessThan((records.length * (records.length - 1)) / 2);
  });

  it('compares an over-large block by sorted neighbourhood: a bounded number of pairs, the same person still found', () => {
    // 40 different people called Ali Khan born in 1990, and one of them reported twice (a typo in the surname).
    const crowd = Array.from({ length: 40 }, (_, k) =>
      person({ id: `c-${k}`, names: ['Ali Khan'], dob: `1990-01-${String((k % 28) + 1).padStart(2, '0')}`, nationality: k % 2 ? 'PAK' : 'AFG' }),
    );
    crowd.push(person({ id: 'again', names: ['Ali Kahn'], dob: '1990-01-05', nationality: 'AFG', documents: [] }));
    const { stats, proposals } = proposeMatches(crowd, { maxBlockSize: 10 });
    expect(stats.windowedBlocks).toBeGreaterThan(0);
    expect(stats.candidatePairs).toBeLessThan((crowd.length * (crowd.length - 1)) / 2);
    expect(proposals.map((p) => [p.a, p.b].sort().join('+'))).toContain('again+c-4');
  });
});
