// The public site: what anyone may see without signing in, gathered from the capabilities that publish it.
// Each source already strips what is not public; nothing here reads a protected table.
import type { SurveyResults } from '../surveys/schemas.js';

interface TreatyCount {
  count: number | null;
  approximate: number;
  snapshot: string | null;
  complete: boolean;
}
export interface PublicCoverage {
  asOf: string;
  catalogueVersion: number;
  demo: boolean;
  indicators: { id: string; count: number | null; computable: boolean; demo: boolean; treaty: TreatyCount | null }[];
  treaties: ({ instrument: string } & TreatyCount)[];
}

export interface PublicSources {
  statements: (() => Promise<{ id: string; groupCode: string; groupName: string; title: string; body: string; publishedAt: Date; demo: boolean }[]>) | null;
  surveys: () => Promise<SurveyResults[]>;
  coverage: ((asOf?: string) => Promise<PublicCoverage>) | null;
  committees: (() => Promise<{ state: string; stateName: string; name: string; demo: boolean }[]>) | null;
}

export class PublicSite {
  constructor(private readonly sources: PublicSources) {}

  async statements() {
    return { statements: this.sources.statements ? await this.sources.statements() : [] };
  }

  async surveys() {
    const results = await this.sources.surveys();
    return {
      surveys: results.map((r) => ({ ...r, answers: r.answers.filter((a) => r.states.some((s) => s.state === a.state && s.publication === 'published')) })),
    };
  }

  async coverage(asOf?: string) {
    return this.sources.coverage
      ? { available: true, ...(await this.sources.coverage(asOf)) }
      : { available: false, asOf: null, catalogueVersion: null, demo: false, indicators: [], treaties: [] };
  }

  async committees() {
    const rows = this.sources.committees ? await this.sources.committees() : [];
    return { committees: rows.map((c) => ({ state: c.state, stateName: c.stateName, name: c.name, demo: c.demo })) };
  }
}
