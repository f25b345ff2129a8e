/**
 * Node only. The demo backend against the real DialStack API, enabled by DIALSTACK_SECRET_KEY
 * and DIALSTACK_ACCOUNT (optionally DIALSTACK_API_URL, default https://api.dialstack.ai):
 * POST /v1/account_sessions with the secret key, all seven components, returning only
 * `{ client_secret, expires_at }` to the browser. Neither the key nor the secret is logged.
 */
import { SESSION_COMPONENTS } from './scopes';

export interface RealBackend {
  apiUrl: string;
  createSession(requestBody?: Buffer): Promise<{ status: number; body: unknown }>;
}

export const REAL_API_URL = 'https://api.dialstack.ai';

export function realBackend(
  secretKey: string,
  account: string,
  apiUrl = REAL_API_URL,
  fetchImpl: typeof fetch = fetch,
): RealBackend {
  return {
    apiUrl,
    async createSession() {
      let response: Response;
      try {
        response = await fetchImpl(`${apiUrl}/v1/account_sessions`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({
            account,
            components: Object.fromEntries(
              SESSION_COMPONENTS.map((name) => [name, { enabled: true }]),
            ),
          }),
        });
      } catch {
        return {
          status: 502,
          body: { error: 'Could not reach the DialStack API', code: 'bad_gateway' },
        };
      }
      const payload = (await response.json().catch(() => null)) as Record<string, unknown> | null;
      if (!response.ok || !payload || typeof payload.client_secret !== 'string') {
        // Pass the API's error through (it never contains the key), minus anything unexpected.
        const error =
          payload && typeof payload.error === 'string' ? payload.error : 'Session creation failed';
        const code = payload && typeof payload.code === 'string' ? payload.code : 'session_failed';
        return { status: response.ok ? 502 : response.status, body: { error, code } };
      }
      return {
        status: 200,
        body: { client_secret: payload.client_secret, expires_at: payload.expires_at },
      };
    },
  };
}

export function realBackendFromEnv(env: NodeJS.ProcessEnv = process.env): RealBackend | null {
  const key = env.DIALSTACK_SECRET_KEY;
  const account = env.DIALSTACK_ACCOUNT;
  if (!key || !account) return null;
  return realBackend(key, account, env.DIALSTACK_API_URL || REAL_API_URL);
}
