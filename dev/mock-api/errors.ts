/**
 * Errors as the contract writes them: the `Error` schema `{ error, code, details? }`, with the
 * message of the contract's named response (`CallNotFound` → "Call log not found",
 * code `call_not_found`).
 */
import { HttpResponse } from 'msw';
import { contract, type ResponseName } from './contract';
import type { ErrorBody } from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get body(): ErrorBody {
    return {
      error: this.message,
      code: this.code,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** An error for one of the contract's named responses, e.g. `named(404, 'CallNotFound')`. */
export function named(
  status: number,
  response: ResponseName,
  details?: Record<string, unknown>,
): ApiError {
  return new ApiError(status, contract.errors[response], snakeCase(response), details);
}

export const notFound = (response: ResponseName) => named(404, response);

/** 400 with field-level details: `{ field: message }`. */
export function validationError(message: string, details: Record<string, string>): ApiError {
  return new ApiError(400, message, 'validation_error', details);
}

export function conflict(message: string, details?: Record<string, unknown>): ApiError {
  return new ApiError(409, message, 'conflict', details);
}

export function errorResponse(error: ApiError): Response {
  return HttpResponse.json(error.body, { status: error.status });
}

/** Any thrown value → a contract error response (500 for anything that isn't an ApiError). */
export function toErrorResponse(thrown: unknown): Response {
  if (thrown instanceof ApiError) return errorResponse(thrown);
  console.error('[mock-api] handler error', thrown);
  return errorResponse(new ApiError(500, contract.errors.InternalServerError, 'internal_error'));
}
