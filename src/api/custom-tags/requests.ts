import { cursorPageSchema } from '../common/schemas';
import { request } from '../http';
import { customTagSchema, type ListCustomTagsParams } from './schemas';

export function listCustomTags(params: ListCustomTagsParams, signal?: AbortSignal) {
  return request('/custom-tags', cursorPageSchema(customTagSchema), { query: params, signal });
}
