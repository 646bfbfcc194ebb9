// Guard: in the modules listed below, every refusal a person reads is a coded Text (said in their language), never a
// plain English string or template. A refusal built from a string reaches an Indonesian or Thai reader only as the
// generic sentence of its kind (errors.ts), so its specific reason is lost. Add a module here once it is converted.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** Folders under src/server whose refusals are all coded Texts. */
const CONVERTED = [
  'modules/surveys',
  'modules/documents',
  'modules/victims',
  'modules/verifications',
  'modules/identity',
  'modules/legislation',
  'modules/intel',
  'modules/groups',
  'modules/networks',
  'modules/flows',
  'modules/capacity',
  'modules/agreements',
  'modules/accounts',
  'modules/alerts',
  'modules/plans',
  'modules/directory',
  'modules/notifications',
  'modules/members',
  'jobs',
  'imports',
];

/** Which argument of each refusal's constructor is the sentence a person reads (NotFound's goes to logs only). */
const REASON_ARG: Record<string, number> = { Invalid: 1, DomainError: 1, Conflict: 0, Forbidden: 0, TooManyRequests: 0, Unauthenticated: 0 };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The top-level arguments of a call whose '(' is at `open`, as source text (strings, templates and brackets kept whole). */
function callArguments(source: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < source.length; i++) {
    const c = source[i];
    if (c === "'" || c === '"' || c === '`') {
      // Skip the string; a template's ${...} may hold anything, but never an unbalanced quote of its own kind here.
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        args.push(source.slice(start, i).trim());
        return args.filter((a) => a !== '');
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      args.push(source.slice(start, i).trim());
      start = i + 1;
    }
  }
  return args;
}

/** Refusals in a file whose reader-facing sentence is a plain string or template: "file:line  new X('...')". */
function plainRefusals(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of source.matchAll(/\bnew (Invalid|DomainError|Conflict|Forbidden|TooManyRequests|Unauthenticated)\(/g)) {
    const open = m.index + m[0].length - 1;
    const reason = callArguments(source, open)[REASON_ARG[m[1]]];
    if (reason !== undefined && /^['"`]/.test(reason)) {
      const line = source.slice(0, m.index).split('\n').length;
      found.push(`${relative(serverDir, file)}:${line}  new ${m[1]}(${reason.slice(0, 60)})`);
    }
  }
  return found;
}

describe('refusals in the reader’s language', () => {
  it.each(CONVERTED)('%s says every refusal as a coded Text', (folder) => {
    expect(sourceFiles(join(serverDir, folder)).flatMap(plainRefusals)).toEqual([]);
  });

  it('finds a refusal written as a plain string, a template or across lines', () => {
    const sample = join(serverDir, 'errors.ts');
    // errors.ts itself builds DomainErrors from variables only: nothing to find.
    expect(plainRefusals(sample)).toEqual([]);
    const args = (s: string) => callArguments(s, s.indexOf('('));
    expect(args("new Invalid('field', `a (b, c`, { y: f(1, 2) })")).toEqual(["'field'", '`a (b, c`', '{ y: f(1, 2) }']);
    expect(args("new DomainError(\n  'code',\n  'why, and more',\n  409,\n)")).toEqual(["'code'", "'why, and more'", '409']);
  });
});
