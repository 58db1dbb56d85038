import { cursorPageSchema } from '../../../core/contract/common';
import { request } from '../http';
import { campaignSchema, type ListCampaignsParams } from '../../../core/contract/campaigns';

export function listCampaigns(params: ListCampaignsParams, signal?: AbortSignal) {
  return request('/campaigns', cursorPageSchema(campaignSchema), { query: params, signal });
}
