import { cursorPageSchema } from '../../../core/contract/common';
import { deferred } from '../../../core/contract/deferred';
import { request } from '../http';
import { espOptionsSchema, placementTestDetailSchema, placementTestSchema } from '../../../core/contract/placement-tests';
import type { CreatePlacementTestBody, ListPlacementTestsParams, PatchPlacementTestBody } from '../../../core/contract/placement-test-requests';

export const PLACEMENT_TESTS_PATH = '/inbox-placement-tests';
/** One page of the list, as the API sends it (also checks the page the server draws first). */
export const placementTestsPageSchema = deferred(() => cursorPageSchema(placementTestSchema));

export function listPlacementTests(params: ListPlacementTestsParams, signal?: AbortSignal) {
  return request(PLACEMENT_TESTS_PATH, placementTestsPageSchema, { query: params, signal });
}

export function getPlacementTest(id: string, signal?: AbortSignal) {
  return request(`${PLACEMENT_TESTS_PATH}/${encodeURIComponent(id)}`, placementTestDetailSchema, {
    query: { with_metadata: true },
    signal,
  });
}

export function createPlacementTest(body: CreatePlacementTestBody) {
  return request(PLACEMENT_TESTS_PATH, placementTestSchema, { method: 'POST', body });
}

export function patchPlacementTest(id: string, body: PatchPlacementTestBody) {
  return request(`${PLACEMENT_TESTS_PATH}/${encodeURIComponent(id)}`, placementTestSchema, { method: 'PATCH', body });
}

export function deletePlacementTest(id: string) {
  return request(`${PLACEMENT_TESTS_PATH}/${encodeURIComponent(id)}`, placementTestSchema, { method: 'DELETE' });
}

export function getEspOptions(signal?: AbortSignal) {
  return request(`${PLACEMENT_TESTS_PATH}/email-service-provider-options`, espOptionsSchema, { signal });
}
