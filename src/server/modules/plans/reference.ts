// Loads the Port Dickson plan of action (seed 000, data/plans/port-dickson-2002.json) idempotently: safe on every start,
// and a changed citation or wording in the file replaces the stored one (upserts by id; progress reports are untouched).
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/index.js';
import { dataDir } from '../members/reference.js';
import { PlansStore } from './store.js';

interface PlanFile {
  plan: string;
  title: string;
  body: string;
  event: string;
  place: string;
  dates: { start: string; end: string };
  source: string;
  strategies: {
    number: number;
    text: string;
    action: {
      text: string;
      acting_states: 'all' | string[];
      to_be_confirmed?: boolean;
      coordinators: ({ kind: 'state'; iso3: string } | { kind: 'organisation'; code: string })[];
    };
  }[];
  coordinator_reporting: { report_to: string; due_date: string | null };
}

export async function loadPlans(db: Db): Promise<number> {
  const dir = path.join(dataDir(), 'plans');
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const store = new PlansStore(db);
  await db.transaction(async () => {
    for (const file of files) {
      const p = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as PlanFile;
      await store.upsertPlan({
        id: p.plan,
        title: p.title,
        body: `${p.body}, ${p.event}`,
        place: p.place,
        adoptedOn: p.dates.end,
        reportTo: p.coordinator_reporting.report_to,
        reportDueOn: p.coordinator_reporting.due_date,
        source: p.source,
        reference: true,
        demo: false,
      });
      for (const s of p.strategies) {
        const strategyId = `${p.plan}-s${s.number}`;
        await store.upsertStrategy({ id: strategyId, planId: p.plan, number: s.number, text: s.text });
        await store.upsertAction({
          id: `${p.plan}-s${s.number}-action`,
          planId: p.plan,
          strategyId,
          text: s.action.text,
          allStates: s.action.acting_states === 'all',
          actingStates: s.action.acting_states === 'all' ? [] : s.action.acting_states,
          coordinators: s.action.coordinators.map((c) => (c.kind === 'state' ? c.iso3 : c.code)),
          toBeConfirmed: Boolean(s.action.to_be_confirmed),
          startsOn: p.dates.end,
          dueOn: null,
          origin: 'plan',
          originRef: file,
          demo: false,
        });
      }
    }
  });
  return files.length;
}
