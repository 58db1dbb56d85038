import { cursorPageSchema } from '../../../core/contract/common';
import { request } from '../http';
import { accountSchema, type ListAccountsParams } from '../../../core/contract/accounts';

export function listAccounts(params: ListAccountsParams, signal?: AbortSignal) {
  return request('/accounts', cursorPageSchema(accountSchema), { query: params, signal });
}
