import { cursorPageSchema } from '../../../core/contract/common';
import { request } from '../http';
import { customTagSchema, type ListCustomTagsParams } from '../../../core/contract/custom-tags';

export function listCustomTags(params: ListCustomTagsParams, signal?: AbortSignal) {
  return request('/custom-tags', cursorPageSchema(customTagSchema), { query: params, signal });
}
