/**
 * A port order's documents: the optional bill copy and CSR (multipart `file`; PDF, PNG, JPG or
 * TIFF, at most 3 MB, as the contract says). The order keeps only their metadata
 * (`details.bill_copy` / `details.csr`); the mock counts uploads so tests can see what happened.
 */
import type { HttpHandler } from 'msw';
import { ApiError, conflict, notFound, validationError } from '../errors';
import { json, route, type RouteContext } from '../route';
import type { MockStore } from '../store';
import { iso } from '../time';

const ACCEPTED = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/tiff']);
const MAX_BYTES = 3 * 1024 * 1024;
/** Documents can't change once the carrier has the order. */
const LOCKED = new Set(['complete', 'cancelled']);

export function portDocumentRoutes(store: MockStore): HttpHandler[] {
  const upload =
    (field: 'bill_copy' | 'csr', label: string) =>
    async ({ params, request }: RouteContext) => {
      const order = store.data.portOrders.find((o) => o.id === params.order_id);
      if (!order) throw notFound('PortOrderNotFound');
      if (LOCKED.has(order.status))
        throw conflict(`Documents can't be changed on a ${order.status} order`, {
          status: order.status,
        });
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        throw new ApiError(400, 'Expected a multipart/form-data body', 'invalid_request', {
          file: 'is required',
        });
      }
      const file = form.get('file');
      if (!file || typeof file === 'string')
        throw validationError('Invalid request body', { file: 'is required' });
      if (!ACCEPTED.has(file.type))
        throw validationError('Invalid request body', {
          file: 'must be a PDF, PNG, JPG or TIFF file',
        });
      if (file.size > MAX_BYTES)
        throw validationError('Invalid request body', { file: 'must be 3 MB or smaller' });
      order.details[field] = { content_type: file.type, file_size: file.size };
      order.updated_at = iso(store.now());
      return json({ message: `${label} uploaded successfully` });
    };
  return [
    route(store, 'uploadPortOrderBillCopy', upload('bill_copy', 'bill_copy')),
    route(store, 'uploadPortOrderCSR', upload('csr', 'csr')),
  ];
}
