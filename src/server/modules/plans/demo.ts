// Synthetic, labelled demo progress on the Port Dickson plan and a small demo plan with an overdue action.
import { SYSTEM_ACTOR } from '../../access/actor.js';
import type { DemoSeeder } from '../../demo/registry.js';
import type { ProgressInput } from './schemas.js';

const PD = 'port-dickson-2002';

const REPORTS: { action: string; state: string; report: ProgressInput }[] = [
  {
    action: `${PD}-s1-action`,
    state: 'IDN',
    report: { status: 'completed', narrative: 'Survey completed and returned to the coordinators (demo).', evidence: 'Survey response on file (demo)' },
  },
  { action: `${PD}-s1-action`, state: 'THA', report: { status: 'completed', narrative: 'Survey completed (demo).' } },
  {
    action: `${PD}-s2-action`,
    state: 'IDN',
    report: {
      status: 'in_progress',
      narrative: 'National committee formed; contact points being designated (demo).',
      capacityNeeds: ['training'],
      capacityNote: 'Training for committee secretariat staff (demo).',
    },
  },
  {
    action: `${PD}-s2-action`,
    state: 'MYS',
    report: { status: 'completed', narrative: 'National committee established with designated contact points (demo).', evidence: 'Cabinet decision (demo)' },
  },
  {
    action: `${PD}-s2-action`,
    state: 'LKA',
    report: { status: 'blocked', narrative: 'Committee awaiting ministerial approval (demo).', capacityNeeds: ['drafting_assistance'] },
  },
  {
    action: `${PD}-s3-action`,
    state: 'PAK',
    report: {
      status: 'in_progress',
      narrative: 'Compiling sources of national legislation (demo).',
      capacityNeeds: ['national_database'],
      capacityNote: 'A searchable national legislation database (demo).',
    },
  },
  {
    action: `${PD}-s4-action`,
    state: 'PHL',
    report: {
      status: 'in_progress',
      narrative: 'Review of legislation against the key elements under way (demo).',
      capacityNeeds: ['drafting_assistance', 'exchange_of_experts'],
    },
  },
  { action: `${PD}-s4-action`, state: 'THA', report: { status: 'in_progress', narrative: 'Procedural laws and rules of evidence under examination (demo).' } },
];

function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const plansDemo: DemoSeeder = {
  name: 'plans',
  async seed({ services }) {
    const plans = services.plans;
    for (const r of REPORTS) await plans.report(SYSTEM_ACTOR, r.action, r.report, { state: r.state, demo: true });
    const plan = await plans.createPlan(
      SYSTEM_ACTOR,
      {
        id: 'demo-intelligence-2026',
        title: 'Plan of action on intelligence focal points (demo)',
        body: 'Working Group on the Disruption of Criminal Networks (demo)',
        place: 'Bangkok',
        adoptedOn: daysFromNow(-120),
        reportTo: 'Co-chairs of the Working Group',
        reportDueOn: daysFromNow(60),
      },
      true,
    );
    const overdue = await plans.addAction(
      SYSTEM_ACTOR,
      {
        planId: plan.id,
        text: 'Designate an intelligence exchange focal point and record it in the directory (demo).',
        actingStates: ['IDN', 'LKA', 'PAK', 'PHL'],
        coordinators: ['THA'],
        startsOn: daysFromNow(-120),
        dueOn: daysFromNow(-14),
      },
      true,
    );
    await plans.addAction(
      SYSTEM_ACTOR,
      {
        planId: plan.id,
        text: 'Review the model MOU with national legal advisers (demo).',
        actingStates: ['IDN', 'AUS', 'MYS', 'NZL'],
        coordinators: ['AUS', 'IOM'],
        startsOn: daysFromNow(-30),
        dueOn: daysFromNow(90),
      },
      true,
    );
    await plans.report(SYSTEM_ACTOR, overdue.id, { status: 'completed', narrative: 'Focal point designated (demo).' }, { state: 'IDN', demo: true });
    await plans.report(
      SYSTEM_ACTOR,
      overdue.id,
      { status: 'in_progress', narrative: 'Nomination with the Department of Justice (demo).' },
      { state: 'PHL', demo: true },
    );
  },
};
