import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { simulate, streamReady } from '../../test/support/mock';
import {
  instance,
  items,
  loaded,
  mount,
  part,
  root,
  rowIds,
  rows,
  text,
  useFreshMock,
  waitUntil,
} from './call-logs.test-support';

useFreshMock();

describe('<dialstack-call-logs>', function () {
  this.timeout(30_000);

  describe('live', () => {
    it('shows ringing calls and inserts an ended call at the top', async () => {
      const el = await mount();
      await loaded(el);
      await streamReady(instance);
      const { call_id } = await simulate('incoming');
      await waitUntil(() => part(el, 'live'), 'live strip');
      expect(text(part(el, 'live'))).to.contain('Ringing');
      await expect(el).to.be.accessible();
      const before = items(el).length;
      await simulate('answer', { call_id });
      await waitUntil(() => text(part(el, 'live')).includes('In progress'));
      await simulate('hangup', { call_id });
      await waitUntil(() => rows(el)[0]?.dataset.id === call_id, 'ended call at the top', {
        timeout: 8000,
      });
      expect(items(el).length).to.equal(before + 1);
      expect(part(el, 'live')).to.equal(null);
      expect(text(root(el).querySelector('.visually-hidden[role="status"]'))).to.contain(
        'New call',
      );
      // Not duplicated when the next page arrives.
      const ids = items(el).map((c) => c.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('ignores ended calls that do not match the filters', async () => {
      const el = await mount({ status: 'voicemail' });
      await loaded(el);
      await streamReady(instance);
      const spy = sinon.spy(instance.client, 'get');
      const { call_id } = await simulate('hangup');
      const fetched = () => spy.getCalls().find((c) => String(c.args[0]).endsWith(call_id));
      await waitUntil(fetched, 'fetched');
      // Once the element has the ended call in hand (and has rendered), it is not in the list.
      await fetched()!.returnValue.catch(() => undefined);
      await el.updateComplete;
      expect(rowIds(el)).to.not.include(call_id);
      // Positive control: one that matches the filters is inserted.
      const vm = await simulate('voicemail');
      await waitUntil(() => rows(el)[0]?.dataset.id === vm.call_id, 'voicemail inserted', {
        timeout: 8000,
      });
    });
  });
});
