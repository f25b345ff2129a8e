/**
 * Account sessions: HS256 JWTs (jose) carrying `account_id`, `components` and `exp`, and the
 * checks every endpoint runs — a missing, malformed, badly signed or expired token is a 401,
 * an endpoint outside the session's components a 403. Platform secret keys (`sk_test_…`) are
 * accepted only where the contract requires one (POST /v1/account_sessions).
 */
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { ApiError } from './errors';
import { OPERATION_SCOPES, sessionMayCall, type OperationId, type OperationScope } from './scopes';
import type { MockStore } from './store';
import { iso } from './time';

export const SESSION_TTL_SECONDS = 60 * 60;
export const MOCK_SECRET_KEY = 'sk_test_riverside_mock_51Hc0ffee';

export interface Session {
  account_id: string;
  components: string[];
  exp: number;
}

export interface IssuedSession {
  client_secret: string;
  expires_at: string;
}

export async function issueSession(
  store: MockStore,
  accountId: string,
  components: readonly string[],
  ttlSeconds = SESSION_TTL_SECONDS,
): Promise<IssuedSession> {
  const nowSeconds = Math.floor(store.now() / 1000);
  const exp = nowSeconds + ttlSeconds;
  const client_secret = await new SignJWT({ account_id: accountId, components: [...components] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('dialstack-mock')
    .setIssuedAt(nowSeconds)
    .setExpirationTime(exp)
    .setJti(`${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`)
    .sign(store.signingKey);
  return { client_secret, expires_at: iso(exp * 1000) };
}

function unauthorized(message: string, code: string): ApiError {
  return new ApiError(401, message, code);
}

function bearer(request: Request): string {
  const header = request.headers.get('authorization');
  if (!header)
    throw unauthorized(
      'No credentials provided: send "Authorization: Bearer <client_secret>"',
      'missing_token',
    );
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match)
    throw unauthorized(
      'Malformed Authorization header: expected "Bearer <token>"',
      'invalid_token',
    );
  return match[1]!;
}

/** For POST /v1/account_sessions: a platform secret key is required. */
export function requireSecretKey(request: Request): void {
  const token = bearer(request);
  if (token.startsWith('sk_test_') && token.length > 'sk_test_'.length) return;
  if (token.startsWith('sk_live_'))
    throw unauthorized(
      'Live secret keys are not accepted by the mock API; use an sk_test_ key',
      'invalid_api_key',
    );
  throw unauthorized(
    'This endpoint requires a platform secret key (sk_test_…); session tokens cannot create sessions',
    'invalid_api_key',
  );
}

/** Verifies the session token and that its components allow `operationId`. */
export async function requireSession(
  store: MockStore,
  request: Request,
  operationId: OperationId,
): Promise<Session> {
  const token = bearer(request);
  if (token.startsWith('sk_')) {
    throw unauthorized(
      'Secret keys must never reach the browser; this endpoint takes an account session client_secret',
      'secret_key_not_allowed',
    );
  }
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, store.signingKey, {
      algorithms: ['HS256'],
      currentDate: new Date(store.now()),
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired)
      throw unauthorized(
        'The session has expired; create a new account session',
        'session_expired',
      );
    if (error instanceof joseErrors.JWSSignatureVerificationFailed)
      throw unauthorized('Invalid session token signature', 'invalid_token');
    throw unauthorized('Malformed session token', 'invalid_token');
  }
  const { account_id, components, exp } = payload;
  if (
    typeof account_id !== 'string' ||
    !Array.isArray(components) ||
    !components.every((c) => typeof c === 'string') ||
    typeof exp !== 'number'
  ) {
    throw unauthorized('Session token is missing account_id, components or exp', 'invalid_token');
  }
  if (account_id !== store.data.account.id) {
    throw new ApiError(
      403,
      'The session belongs to an account this API does not know',
      'forbidden',
    );
  }
  if (!sessionMayCall(operationId, components as string[])) {
    const scope: OperationScope = OPERATION_SCOPES[operationId];
    throw new ApiError(
      403,
      'This account session does not include a component that may use this endpoint',
      'component_not_enabled',
      {
        session_components: components,
        allowed_components: Array.isArray(scope) ? [...scope] : [],
      },
    );
  }
  return { account_id, components: components as string[], exp };
}
