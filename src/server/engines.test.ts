// Node versions agree: every installed package supports the oldest Node the portal promises, so a fresh
// `npm install` prints no EBADENGINE warning (package.json `overrides` pins CommonJS builds where a newer major wants Node 22).
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './config.js';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(projectRoot, file), 'utf8'));

describe('Node versions', () => {
  it('every package in the lockfile supports the oldest Node in package.json engines and the Node running the tests', () => {
    const promised = read('package.json').engines.node as string;
    const oldest = semver.minVersion(promised)!.version;
    const packages = read('package-lock.json').packages as Record<string, { version?: string; engines?: { node?: string } | string[] }>;
    const refusing: string[] = [];
    for (const [where, pkg] of Object.entries(packages)) {
      const range = !pkg.engines || Array.isArray(pkg.engines) ? undefined : pkg.engines.node;
      if (!where || !range || !semver.validRange(range)) continue;
      for (const node of [oldest, process.versions.node])
        if (!semver.satisfies(node, range)) refusing.push(`${where.replace(/^.*node_modules\//, '')}@${pkg.version} wants node ${range} (not ${node})`);
    }
    expect(refusing).toEqual([]);
  });
});
