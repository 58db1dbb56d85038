import { cursorPageSchema } from '../common/schemas';
import { request } from '../http';
import { reportSchema, type ListReportsParams } from './schemas';

const path = '/inbox-placement-reports';

export function listReports(params: ListReportsParams, signal?: AbortSignal) {
  return request(path, cursorPageSchema(reportSchema), { query: params, signal });
}

export function getReport(id: string, signal?: AbortSignal) {
  return request(`${path}/${encodeURIComponent(id)}`, reportSchema, { signal });
}
