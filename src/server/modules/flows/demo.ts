// Synthetic, labelled demo returns: ~3 years of monthly data for a few states, with gaps so reciprocity shows.
// IDN, AUS and MYS report recent months; LKA reported only the first year; THA every other month; PAK and TUR by quarter.
import type { DemoSeeder } from '../../demo/registry.js';
import { pick, type Random, seededRandom } from '../../seeded-random.js';
import { currentMonth, monthLabel, quarterLabel } from './periods.js';
import { AGE_BANDS } from './schemas.js';
import type { IncidentInsert } from './store.js';

interface DemoRoute {
  key: string;
  means: IncidentInsert['means'];
  vessel: string | null;
  fee: [number, number];
  currency: string;
  reporters: string[];
  rate: number;
  growth?: boolean;
}

const ROUTES: DemoRoute[] = [
  { key: 'LKA>MYS>IDN>AUS', means: 'sea', vessel: 'fishing_boat', fee: [3000, 7000], currency: 'USD', reporters: ['IDN', 'AUS', 'MYS', 'LKA'], rate: 4 },
  { key: 'AFG>PAK>IRN>TUR', means: 'land', vessel: null, fee: [1500, 3500], currency: 'USD', reporters: ['PAK', 'TUR'], rate: 7 },
  { key: 'MMR>THA>MYS', means: 'land', vessel: null, fee: [15000, 45000], currency: 'THB', reporters: ['THA', 'MYS'], rate: 6 },
  { key: 'BGD>MMR>THA>MYS', means: 'sea', vessel: 'fishing_boat', fee: [4000, 9000], currency: 'MYR', reporters: ['THA', 'MYS'], rate: 2, growth: true },
  { key: 'IRQ>MYS>IDN>AUS', means: 'air', vessel: null, fee: [8000, 15000], currency: 'USD', reporters: ['IDN', 'AUS'], rate: 2 },
  { key: 'PAK>ARE>MYS', means: 'air', vessel: null, fee: [2500, 5000], currency: 'USD', reporters: ['MYS', 'PAK'], rate: 3 },
  { key: 'AFG>IRN>TUR', means: 'land', vessel: null, fee: [800, 2000], currency: 'USD', reporters: ['TUR'], rate: 5 },
];

/** Synthetic, labelled demo rates (USD per unit), drifting a little month to month. */
const DEMO_RATES: Record<string, number> = {
  IDR: 0.000064,
  MYR: 0.22,
  THB: 0.028,
  LKR: 0.0032,
  PKR: 0.0036,
  AFN: 0.014,
  AUD: 0.66,
  TRY: 0.031,
  MMK: 0.00048,
  EUR: 1.08,
};

const MONTHS = 36;

function reports(state: string, offset: number): 'month' | 'quarter' | null {
  const recent = offset >= MONTHS - 12;
  switch (state) {
    case 'IDN':
      return offset < 4 ? null : 'month';
    case 'AUS':
      return 'month';
    case 'MYS':
      return offset % 7 === 3 ? null : 'month';
    case 'LKA':
      return offset < 12 ? 'month' : null;
    case 'THA':
      return offset % 2 === 0 || recent ? 'month' : null;
    case 'PAK':
    case 'TUR':
      return 'quarter';
    default:
      return null;
  }
}

function poisson(random: Random, mean: number): number {
  let k = 0;
  for (let p = Math.exp(-mean), s = random(); s > p; s *= random()) k++;
  return k;
}

export const flowsDemo: DemoSeeder = {
  name: 'flows',
  async seed({ services, accounts }) {
    const store = services.flows.store;
    const random = seededRandom(808);
    const last = currentMonth() - 2;
    const first = last - MONTHS + 1;
    for (const [currency, usd] of Object.entries(DEMO_RATES))
      for (let m = first; m <= last; m++)
        await store.setRate({ currency, month: m, usdPerUnit: Number((usd * (1 + (random() - 0.5) * 0.04)).toPrecision(4)), by: null, demo: true });
    const states = [...new Set(ROUTES.flatMap((r) => r.reporters))];
    for (const state of states) {
      const officer = accounts.find((a) => a.state === state && (a.role === 'officer' || a.role === 'focal_point'))?.id ?? null;
      for (let offset = 0; offset < MONTHS; offset++) {
        const kind = reports(state, offset);
        const month = first + offset;
        if (!kind || (kind === 'quarter' && month % 3 !== 0) || (kind === 'quarter' && month + 2 > last)) continue;
        const span = kind === 'quarter' ? 3 : 1;
        const sub = await store.createSubmission({
          state,
          period: kind === 'quarter' ? quarterLabel(month) : monthLabel(month),
          monthFrom: month,
          monthTo: month + span - 1,
          demo: true,
        });
        const incidents: IncidentInsert[] = [];
        const nationalities = new Map<string, number>();
        for (const route of ROUTES.filter((r) => r.reporters.includes(state))) {
          const ramp = route.growth && offset >= MONTHS - 6 ? 4 : 1;
          const n = poisson(random, route.rate * span * ramp * (0.8 + 0.4 * Math.sin(offset / 2)));
          for (let i = 0; i < n; i++) {
            const groupSize = route.means === 'air' ? 1 + Math.floor(random() * 6) : 8 + Math.floor(random() * 60);
            const amount = Math.round(route.fee[0] + random() * (route.fee[1] - route.fee[0]));
            const usd = route.currency === 'USD' ? amount : Math.round(amount * DEMO_RATES[route.currency] * 100) / 100;
            const deaths = route.means === 'sea' && random() < 0.05 ? Math.ceil(random() * 4) : 0;
            incidents.push({
              routeKey: route.key,
              means: route.means,
              vesselType: route.vessel,
              fraudulentDocuments: route.means === 'air' && random() < 0.7,
              visaMisuse: route.means === 'air' && random() < 0.4,
              feeAmount: random() < 0.8 ? amount : null,
              feeCurrency: null,
              feeUsd: null,
              groupSize,
              deaths,
              injuries: deaths ? Math.floor(random() * 3) : 0,
            });
            const last = incidents[incidents.length - 1];
            if (last.feeAmount !== null) {
              last.feeCurrency = route.currency;
              last.feeUsd = usd;
            }
            const origin = route.key.split('>')[0];
            nationalities.set(origin, (nationalities.get(origin) ?? 0) + groupSize);
          }
        }
        await store.addIncidents(sub, officer, incidents);
        await store.addCrossings(
          sub,
          officer,
          [...nationalities].map(([citizenship, count]) => ({ direction: 'entry', citizenship, count: Math.round(count * 1.3) })),
        );
        await store.addProfiles(
          sub,
          officer,
          [...nationalities]
            .flatMap(([nationality, count]) =>
              ['male', 'female'].map((sex) => ({
                profile: 'migrant',
                ageBand: pick(random, AGE_BANDS.slice(1, 4)),
                sex,
                nationality,
                count: Math.round(count * (sex === 'male' ? 0.7 : 0.3)),
              })),
            )
            .filter((p) => p.count > 0),
        );
        if (offset < MONTHS - 1 || state !== 'MYS')
          await store.close(sub.id, officer, new Date(Date.UTC(Math.floor((month + span) / 12), (month + span) % 12, random() < 0.15 ? 60 : 20)));
      }
    }
  },
};
