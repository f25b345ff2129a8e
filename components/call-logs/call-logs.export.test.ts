import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { fail } from '../../test/support/mock';
import {
  apiCalls,
  loaded,
  mount,
  part,
  text,
  useFreshMock,
  waitUntil,
} from './call-logs.test-support';

useFreshMock();

describe('<dialstack-call-logs>', function () {
  this.timeout(30_000);

  describe('CSV export', () => {
    function captureDownloads() {
      const blobs: Blob[] = [];
      sinon.stub(URL, 'createObjectURL').callsFake((blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return 'blob:test';
      });
      sinon.stub(URL, 'revokeObjectURL');
      sinon.stub(HTMLAnchorElement.prototype, 'click');
      return blobs;
    }

    it('downloads every call matching the filters, across pages, with progress', async () => {
      const blobs = captureDownloads();
      const el = await mount({ direction: 'inbound' });
      await loaded(el);
      const expected = await apiCalls({ direction: 'inbound' });
      expect(expected.length).to.be.greaterThan(100, 'needs several pages');
      part(el, 'export-button')!.click();
      await waitUntil(
        () => /Exported \d+ call/.test(text(part(el, 'toolbar'))),
        'progress or done',
      );
      await waitUntil(() => blobs.length === 1, 'downloaded', { timeout: 8000 });
      expect(text(part(el, 'toolbar'))).to.contain(`Exported ${expected.length} calls`);
      const csv = (await blobs[0]!.text()).replace(/^\uFEFF/, '');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).to.match(/^"id","started_at"/);
      expect(lines).to.have.length(expected.length + 1);
      expect(lines.slice(1).map((l) => l.split(',')[0]!.replace(/"/g, ''))).to.deep.equal(
        expected.map((c) => c.id),
      );
      expect(lines.slice(1).every((l) => l.includes('"inbound"'))).to.equal(true);
      // Phone numbers start with "+": neutralized for spreadsheets.
      expect(lines[1]).to.contain(`"'${expected[0]!.from_number}"`);
      await expect(el).to.be.accessible();
    });

    it('can be cancelled mid-way', async () => {
      const blobs = captureDownloads();
      const el = await mount();
      await loaded(el);
      await fail({ method: 'GET', path: '/v1/calls', delayMs: 1500, times: 10 });
      const fetchSpy = sinon.spy(window, 'fetch');
      const exportRequests = () =>
        fetchSpy.getCalls().filter((c) => String(c.args[0]).includes('/v1/calls'));
      part(el, 'export-button')!.click();
      await waitUntil(() => text(part(el, 'toolbar')).includes('Cancel export'));
      await waitUntil(() => exportRequests().length > 0, 'the export requests a page');
      const cancel = [...part(el, 'toolbar')!.querySelectorAll('button')].find((b) =>
        /Cancel export/.test(b.textContent ?? ''),
      )!;
      cancel.click();
      await waitUntil(() => text(part(el, 'toolbar')).includes('Export canceled'));
      // The slow page in flight is aborted: no answer can arrive to be downloaded.
      await waitUntil(
        () => exportRequests().every((c) => (c.args[1]?.signal as AbortSignal).aborted),
        'the export’s requests aborted',
      );
      await Promise.allSettled(exportRequests().map((c) => c.returnValue));
      await el.updateComplete;
      expect(blobs).to.have.length(0, 'nothing downloaded');
      expect(part(el, 'export-button')).to.exist;
    });

    it('reports a failed export', async () => {
      captureDownloads();
      const el = await mount();
      await loaded(el);
      await fail({ method: 'GET', path: '/v1/calls', status: 500, times: 10 });
      part(el, 'export-button')!.click();
      await waitUntil(() => text(part(el, 'toolbar')).includes('Export failed'), 'failure shown', {
        timeout: 8000,
      });
    });
  });
});
