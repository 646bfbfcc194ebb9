// The app never decides by role: what a user may do comes from the server (session permissions, features, a record's
// `can`), so that a rule lives once, in src/server/access/. This fails when a web file names a role to decide with.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../server/access/subject';

const WEB = path.dirname(new URL(import.meta.url).pathname);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sources(file);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [file] : [];
  });
}

/**
 * Words spelled like a role that are not one: the Administration menu section, and the origin of a treaty action
 * recorded by a state's focal point (a fact about the record, from the server). Catalogues label roles
 * (`roles: { admin: ... }`), which is showing a role, not deciding with it.
 */
const NOT_A_ROLE = [/section\??: '\w+' \| 'admin'/, /section(: | === )'admin'/, /origin === 'focal_point'/];

/** The places a file decides by role: role checks, role lists, and role names in quotes. */
function roleUses(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    const code = NOT_A_ROLE.reduce((l, re) => l.replace(re, ''), line);
    if (/\bhasRole\b|\broles\s*\.\s*(includes|some|every|indexOf|find|filter)\s*\(/.test(code)) found.push(`${i + 1}: ${line.trim()}`);
    else if (ROLES.some((role) => new RegExp(`['"\`]${role}['"\`]`).test(code))) found.push(`${i + 1}: ${line.trim()}`);
  });
  return found;
}

describe('the app reads what the server allows, never roles', () => {
  it('finds a role check when there is one (the test can fail)', () => {
    expect(roleUses("const keeper = hasRole(user, 'focal_point', 'admin');")).toHaveLength(1);
    expect(roleUses("visible: (user) => !user.roles.includes('observer'),")).toHaveLength(1);
    expect(roleUses("const ALL = ['admin', 'officer'] as const;")).toHaveLength(1);
    expect(roleUses("{user.roles.map((r) => t(`roles.${r}`)).join(', ')}")).toEqual([]);
    expect(roleUses('const open = usePermission(Permission.AgreementsWrite);')).toEqual([]);
  });

  it('no web file names a role to decide what a user may do', () => {
    const offenders = sources(WEB)
      .filter((file) => !/[/\\]i18n(\.ts|[/\\])/.test(file))
      .flatMap((file) => roleUses(fs.readFileSync(file, 'utf8')).map((use) => `${path.relative(WEB, file)}:${use}`));
    expect(offenders).toEqual([]);
  });
});
