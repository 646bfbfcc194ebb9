// The notifications duty: each queued e-mail or webhook delivery is one job, retried with back-off until it is sent.
import { z } from 'zod';
import type { JobDefinition, JobsContext } from '../../jobs/definition.js';
import { DELIVER_JOB, DELIVERY_RETRY } from './service.js';

const deliverData = z.object({ deliveryId: z.string().uuid() });

export function notificationsJobs({ services }: JobsContext): JobDefinition[] {
  return [
    {
      name: DELIVER_JOB,
      description: 'Sends one e-mail or signed webhook delivery; a failure is tried again with back-off (eight tries in all).',
      retry: DELIVERY_RETRY,
      timeoutSeconds: 120,
      run: async ({ data, retryCount }) => services.notifications.deliver(deliverData.parse(data).deliveryId, retryCount),
    },
  ];
}
