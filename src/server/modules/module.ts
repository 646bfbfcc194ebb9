// The shape of a capability module: a name and a function that registers its routes.
import type { Router } from '../http/context.js';
import type { Services, Foundation } from '../services.js';

export interface ModuleContext extends Foundation {
  services: Services;
}

export interface PortalModule {
  name: string;
  register(app: Router, ctx: ModuleContext): void | Promise<void>;
}
