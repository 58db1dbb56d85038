import { cursorPageSchema } from '../common/schemas';
import { request } from '../http';
import { espOptionsSchema, placementTestDetailSchema, placementTestSchema } from './schemas';
import type { CreatePlacementTestBody, ListPlacementTestsParams, PatchPlacementTestBody } from './request-schemas';

const path = '/inbox-placement-tests';
const pageSchema = cursorPageSchema(placementTestSchema);

export function listPlacementTests(params: ListPlacementTestsParams, signal?: AbortSignal) {
  return request(path, pageSchema, { query: params, signal });
}

export function getPlacementTest(id: string, signal?: AbortSignal) {
  return request(`${path}/${encodeURIComponent(id)}`, placementTestDetailSchema, {
    query: { with_metadata: true },
    signal,
  });
}

export function createPlacementTest(body: CreatePlacementTestBody) {
  return request(path, placementTestSchema, { method: 'POST', body });
}

export function patchPlacementTest(id: string, body: PatchPlacementTestBody) {
  return request(`${path}/${encodeURIComponent(id)}`, placementTestSchema, { method: 'PATCH', body });
}

export function deletePlacementTest(id: string) {
  return request(`${path}/${encodeURIComponent(id)}`, placementTestSchema, { method: 'DELETE' });
}

export function getEspOptions(signal?: AbortSignal) {
  return request(`${path}/email-service-provider-options`, espOptionsSchema, { signal });
}
