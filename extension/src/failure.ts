import type { ApiErrorCode, RuntimeFailure, WorkerRefusal } from '@wcoa/shared/protocol';

/**
 * A failed reply. The service worker builds its own refusals with `refuse` (an id, no words: it
 * carries no message table) and the page that receives one words it (messages.ts); `failure`
 * carries words already written (the agent's, or the page's own).
 */
export function failure(code: ApiErrorCode, message: string): RuntimeFailure {
  return { ok: false, error: { code, message } };
}

export function refuse(
  code: ApiErrorCode,
  id: WorkerRefusal['id'],
  params?: WorkerRefusal['params'],
): RuntimeFailure {
  return { ok: false, error: { code, message: '', refusal: params ? { id, params } : { id } } };
}
