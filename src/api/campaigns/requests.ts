import { cursorPageSchema } from '../common/schemas';
import { request } from '../http';
import { campaignSchema, type ListCampaignsParams } from './schemas';

export function listCampaigns(params: ListCampaignsParams, signal?: AbortSignal) {
  return request('/campaigns', cursorPageSchema(campaignSchema), { query: params, signal });
}
