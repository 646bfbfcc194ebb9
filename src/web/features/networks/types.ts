// Shapes the networks pages read from the API (server: src/server/modules/networks/schemas.ts).
import type { z } from 'zod';
import type {
  entityDetailOut,
  entityOut,
  graphEdgeOut,
  graphNodeOut,
  importResponse,
  linkOut,
  matchOut,
  organiserReasonOut,
} from '../../../server/modules/networks/schemas';

export type EntitySummary = z.infer<typeof entityOut>;
export type LinkSummary = z.infer<typeof linkOut>;
export type GraphNode = z.infer<typeof graphNodeOut> & { degree?: number; betweenness?: number; pageRank?: number; community?: number; hops?: number };
export type GraphEdge = z.infer<typeof graphEdgeOut>;
export type Match = z.infer<typeof matchOut>;
export interface Organiser {
  entity: GraphNode;
  score: number;
  pageRank: number;
  betweenness: number;
  communitiesBridged: number;
  roleCounts: Record<string, number>;
  reasons: OrganiserReason[];
}
export type OrganiserReason = z.infer<typeof organiserReasonOut>;
export interface Place {
  id: string;
  name: string;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}
export interface Leg {
  id: string;
  routeId: string | null;
  mode: string | null;
  caption: string;
  from: Place | null;
  to: Place | null;
  transit: Place[];
  startDate: string | null;
  endDate: string | null;
  peopleMoved: number | null;
  grading: string;
  demo: boolean;
}
export interface RouteView {
  id: string;
  caption: string;
  demo: boolean;
  legs: Leg[];
}
export interface TimelineEvent {
  id: string;
  kind: string;
  caption: string;
  date: string;
  endDate: string | null;
  type: string;
  country: string | null;
  grading: string;
  demo: boolean;
}
/** An import job as the API answers it (dates arrive as ISO text). */
export type ImportJob = Omit<z.infer<typeof importResponse>, 'startedAt' | 'finishedAt'> & { startedAt: string; finishedAt: string | null };
export type EntityDetail = z.infer<typeof entityDetailOut>;
