#!/usr/bin/env node
// The `portal` command: runs the TypeScript CLI through tsx, so there is no separate server build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
