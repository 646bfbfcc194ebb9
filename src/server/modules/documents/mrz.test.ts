// The ICAO 9303 specimens parse with every check digit verified; a wrong digit is reported field by field, never ignored.
import { describe, expect, it } from 'vitest';
import { documentHash, regionalKey } from './keyed-hash.js';
import { checkDigit, MrzError, mrzLines, parseMrz } from './mrz.js';
import { normaliseIssuingState, normaliseNumber, numberProblem } from './number.js';

// Doc 9303 part 4 (TD3) and part 5 (TD1) specimens, of the fictitious state Utopia.
const TD3 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';
const TD1 = 'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<';
const TD1_LONG = 'I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<';

describe('check digits', () => {
  it('weights 7, 3, 1 with letters as 10-35 and the filler as 0', () => {
    expect(checkDigit('L898902C3')).toBe('6');
    expect(checkDigit('740812')).toBe('2');
    expect(checkDigit('<<<<<<<<<')).toBe('0');
  });
});

describe('TD3 passports', () => {
  it('reads the specimen: number, issuer, names, dates, all digits valid', () => {
    const m = parseMrz(TD3);
    expect(m).toMatchObject({
      format: 'TD3',
      documentType: 'passport',
      issuingState: 'UTO',
      documentNumber: 'L898902C3',
      nationality: 'UTO',
      birthDate: '740812',
      sex: 'F',
      expiryDate: '120415',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      valid: true,
    });
    expect(m.checkDigits.map((c) => c.field)).toEqual(['documentNumber', 'birthDate', 'expiryDate', 'optionalData', 'composite']);
  });

  it('reports a tampered number: its own digit and the composite fail', () => {
    const forged = TD3.replace('L898902C36', 'L898902C46');
    const m = parseMrz(forged);
    expect(m.valid).toBe(false);
    expect(m.documentNumber).toBe('L898902C4');
    expect(m.checkDigits.filter((c) => !c.ok).map((c) => c.field)).toEqual(['documentNumber', 'composite']);
    expect(m.checkDigits[0]).toEqual({ field: 'documentNumber', expected: '7', found: '6', ok: false });
  });

  it('accepts the two lines run together, lower case and with scanner spaces', () => {
    expect(parseMrz(TD3.replace('\n', '').toLowerCase()).valid).toBe(true);
    expect(parseMrz(TD3.replace('ANNA<MARIA', 'ANNA <MARIA')).valid).toBe(true);
  });
});

describe('TD1 identity cards', () => {
  it('reads the specimen', () => {
    expect(parseMrz(TD1)).toMatchObject({
      format: 'TD1',
      documentType: 'identity_card',
      documentNumber: 'D23145890',
      birthDate: '740812',
      valid: true,
      surname: 'ERIKSSON',
    });
  });

  it('reads a number longer than nine characters from the optional data, with its own check digit', () => {
    const m = parseMrz(TD1_LONG);
    expect(m.documentNumber).toBe('D23145890734');
    expect(m.valid).toBe(true);
    expect(parseMrz(TD1_LONG.replace('<7349<', '<7348<')).checkDigits.find((c) => c.field === 'documentNumber')?.ok).toBe(false);
  });

  it('reports a wrong birth-date digit (which the composite digit covers too)', () => {
    const m = parseMrz(TD1.replace('7408122F', '7408123F'));
    expect(m.valid).toBe(false);
    expect(m.checkDigits.filter((c) => !c.ok).map((c) => c.field)).toEqual(['birthDate', 'composite']);
  });
});

describe('shapes that are not an MRZ', () => {
  it('names the shape it got', () => {
    expect(() => parseMrz('P<UTOERIKSSON')).toThrow(MrzError);
    expect(() => parseMrz('P<UTOERIKSSON')).toThrow(/: 1 line of 13 characters/);
    expect(() => parseMrz(TD3.replace('L898', 'L8é8'))).toThrow(/not in an MRZ/);
  });

  it('says what is wrong in the language of whoever reads it', () => {
    const error = (() => {
      try {
        parseMrz('P<UTOERIKSSON\nL898');
      } catch (e) {
        return e as MrzError;
      }
    })();
    expect(error?.text.render('id')).toMatch(/^Bukan zona baca mesin .*: 2 baris berisi 13 \+ 4 karakter\.$/);
    expect(error?.text.render('th')).toContain('มี 2 บรรทัด');
    expect(numberProblem('B12#4')?.render('id')).toBe('Nomor dokumen hanya berisi huruf A-Z dan angka.');
  });

  it('splits 90 and 88 characters into lines', () => {
    expect(mrzLines(TD1.replace(/\n/g, ''))).toHaveLength(3);
    expect(mrzLines(TD3.replace(/\n/g, ''))).toHaveLength(2);
  });
});

describe('normalised numbers and issuers', () => {
  it('one spelling for what officers type, scan or paste', () => {
    expect(normaliseNumber(' b 123-456.7 ')).toBe('B1234567');
    expect(normaliseNumber('Ｂ１２３４５６７')).toBe('B1234567');
    expect(normaliseNumber('L898902C3<<')).toBe('L898902C3');
    expect(normaliseNumber('O0')).toBe('O0');
    expect(normaliseIssuingState('d<<')).toBe('D');
    expect(numberProblem('B12#4')?.render('en')).toMatch(/letters A-Z and digits/);
    expect(numberProblem('')?.render('en')).toMatch(/empty/);
  });
});

describe('keyed hashes', () => {
  it('depend on the key, the issuing state and the number', () => {
    const a = regionalKey('11'.repeat(32));
    const b = regionalKey('22'.repeat(32));
    expect(a.id).not.toBe(b.id);
    expect(documentHash(a, 'IDN', 'B1234567').equals(documentHash(a, 'IDN', 'B1234567'))).toBe(true);
    expect(documentHash(a, 'IDN', 'B1234567').equals(documentHash(b, 'IDN', 'B1234567'))).toBe(false);
    expect(documentHash(a, 'IDN', 'B1234567').equals(documentHash(a, 'MYS', 'B1234567'))).toBe(false);
  });

  it('refuse a short key', () => {
    expect(() => regionalKey('abcd')).toThrow(/at least 32 bytes/);
  });
});

describe("a state's own hashing of its list", () => {
  it('leaves no clear number in the file and gives the hashes the portal computes', async () => {
    const { hashListCsv } = await import('./hash-list.js');
    const key = regionalKey('33'.repeat(32));
    const { csv, hashed } = hashListCsv('# our list\nnumber,issuing_state,type,status\nb 765-4321,idn,passport,stolen\n,IDN,visa,lost\n', key);
    expect(hashed).toBe(1);
    expect(csv).not.toMatch(/765|B7654321/);
    expect(csv.split('\n')[1]).toContain(documentHash(key, 'IDN', 'B7654321').toString('hex'));
    expect(() => hashListCsv('number,issuing_state\nB1#,IDN\n', key)).toThrow(/line 2: A document number holds only/);
  });
});
