// The public site: what anyone may see without signing in, gathered from the capabilities that publish it.
import type { PortalModule } from '../module.js';
import { publicRoutes } from './routes.js';
import { PublicSite } from './service.js';

export const publicModule: PortalModule<{ publicSite: PublicSite }> = {
  name: 'public',
  services: {
    publicSite: (_f, s) =>
      new PublicSite({
        statements: () => s.groups.publicStatements(),
        surveys: () => s.surveys.results.published(),
        coverage: (asOf) => s.legislation.publicCoverage(asOf),
        committees: () => s.directory.publicCommittees(),
      }),
  },
  routes: publicRoutes,
  web: [{ id: 'public', public: true }],
};
