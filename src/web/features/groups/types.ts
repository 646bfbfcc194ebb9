// Response shapes of the working-groups API, inferred from the server's zod schemas (one source of truth).
import type { z } from 'zod';
import type { meetingResponse, meetingsResponse } from '../../../server/modules/groups/meetings/schemas';
import type { coChairsResponse, groupDetail, groupsResponse, suggestionResponse } from '../../../server/modules/groups/schemas';

export type GroupsList = z.infer<typeof groupsResponse>;
export type GroupDetail = z.infer<typeof groupDetail>;
export type CoChairs = z.infer<typeof coChairsResponse>;
export type Suggestion = z.infer<typeof suggestionResponse>;
export type Meetings = z.infer<typeof meetingsResponse>;
export type Meeting = z.infer<typeof meetingResponse>;
export interface Statement {
  id: string;
  title: string;
  body: string;
  status: string;
  approvedState: string | null;
  publishedAt: string | null;
  demo: boolean;
}
export interface AnnualReport {
  groupName: string;
  year: number;
  coChairs: string[];
  demo: boolean;
  meetings: { title: string; startsOn: string; location: string; chathamHouse: boolean; decisions: string[]; noteCount: number; participantCount: number }[];
  actions: { description: string; responsibleStates: string[]; dueOn: string | null; status: string; overdue: boolean; meeting: string }[];
  actionTotals: { total: number; open: number; done: number; dropped: number; overdue: number };
  statements: { title: string; publishedAt: string }[];
}
