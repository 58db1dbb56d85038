import { cursorPageSchema } from '../common/schemas';
import { request } from '../http';
import { accountSchema, type ListAccountsParams } from './schemas';

export function listAccounts(params: ListAccountsParams, signal?: AbortSignal) {
  return request('/accounts', cursorPageSchema(accountSchema), { query: params, signal });
}
