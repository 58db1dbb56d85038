import { cursorPageSchema } from '../../../core/contract/common';
import { request } from '../http';
import { reportSchema, type ListReportsParams } from '../../../core/contract/reports';

const path = '/inbox-placement-reports';

export function listReports(params: ListReportsParams, signal?: AbortSignal) {
  return request(path, cursorPageSchema(reportSchema), { query: params, signal });
}
