// The surveys duty: every morning, remind states that have not submitted (a week before the deadline and after it).
import type { JobDefinition, JobsContext } from '../../jobs/definition.js';

export function surveysJobs({ services }: JobsContext): JobDefinition[] {
  return [
    {
      name: 'surveys.reminders',
      description: 'Reminds each state that has not submitted a survey, a week before its deadline and once it has passed, in the app and by e-mail.',
      schedule: '0 6 * * *',
      run: async ({ actor, now }) => {
        const { sent } = await services.surveys.reminders.run(actor, now);
        return { reminders: sent.length, emailed: sent.reduce((n, s) => n + s.emailed, 0) };
      },
    },
  ];
}
