/** POST /v1/account_sessions: a platform secret key mints a one-hour session JWT for some components. */
import type { HttpHandler } from 'msw';
import { issueSession } from '../auth';
import { notFound, validationError } from '../errors';
import { json, route } from '../route';
import { SESSION_COMPONENTS } from '../scopes';
import type { MockStore } from '../store';
import type { CreateSessionResponse } from '../types';

export function sessionRoutes(store: MockStore): HttpHandler[] {
  return [
    route(store, 'createAccountSession', async ({ body }) => {
      const { account, components } = body as {
        account: string;
        components: Record<string, { enabled: boolean }>;
      };
      const problems: Record<string, string> = {};
      for (const name of Object.keys(components)) {
        if (!(SESSION_COMPONENTS as readonly string[]).includes(name)) {
          problems[`components.${name}`] =
            `is not a component (expected one of: ${SESSION_COMPONENTS.join(', ')})`;
        }
      }
      const enabled = Object.entries(components)
        .filter(([, config]) => config.enabled)
        .map(([name]) => name);
      if (!Object.keys(problems).length && enabled.length === 0)
        problems.components = 'enable at least one component';
      if (Object.keys(problems).length) throw validationError('Invalid request body', problems);
      if (account !== store.data.account.id) throw notFound('AccountNotFound');
      const session = await issueSession(store, account, enabled);
      const response: CreateSessionResponse = { account_id: account, ...session };
      return json(response, 201);
    }),
  ];
}
