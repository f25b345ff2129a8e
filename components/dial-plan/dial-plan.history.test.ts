import { expect } from '@open-wc/testing';
import { addNode, connect, moveNode, toGraph, toJson } from './dial-plan.graph';
import { samplePlan } from './dial-plan.fixtures';
import {
  canRedo,
  canUndo,
  isDirty,
  markSaved,
  record,
  redo,
  startHistory,
  undo,
  HISTORY_LIMIT,
} from './dial-plan.history';

describe('dial plan edit history', () => {
  it('undoes and redoes edits, and knows when the plan is back to what was saved', () => {
    const loaded = toGraph(samplePlan());
    let h = startHistory(loaded);
    expect([isDirty(h), canUndo(h), canRedo(h)]).to.deep.equal([false, false, false]);
    h = record(h, connect(h.present, 'main_menu', 'invalid', 'front_desk'));
    h = record(h, moveNode(h.present, 'hours', { x: 5, y: 5 }));
    expect(isDirty(h)).to.equal(true);
    h = undo(h);
    expect(toJson(h.present).nodes![0]!.position).to.deep.equal({ x: 0, y: 200 });
    h = undo(h);
    expect(isDirty(h), 'back to the loaded plan').to.equal(false);
    expect(toJson(h.present)).to.deep.equal(samplePlan());
    expect(undo(h)).to.equal(h);
    h = redo(redo(h));
    expect(toJson(h.present).nodes![0]!.position).to.deep.equal({ x: 5, y: 5 });
    expect(redo(h)).to.equal(h);
  });

  it('records nothing for an edit that changed nothing, and a new edit drops the redo branch', () => {
    let h = startHistory(toGraph(samplePlan()));
    expect(record(h, connect(h.present, 'hours', 'open', 'welcome'))).to.equal(h);
    h = record(h, addNode(h.present, { type: 'sound_clip' }).graph);
    h = undo(h);
    h = record(h, addNode(h.present, { type: 'menu' }).graph);
    expect(canRedo(h)).to.equal(false);
    expect(h.present.nodes.at(-1)!.id).to.equal('menu');
  });

  it('treats the saved plan as clean, keeps edits undoable, and caps its length', () => {
    let h = startHistory(toGraph({ name: 'New' }));
    h = record(h, addNode(h.present, { type: 'menu' }).graph);
    h = markSaved(h, toGraph({ ...toJson(h.present), id: 'dp_new' }));
    expect([isDirty(h), canUndo(h)]).to.deep.equal([false, true]);
    expect(undo(h).present.plan.id, 'undo keeps the created id').to.equal('dp_new');
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      h = record(h, moveNode(h.present, 'menu', { x: i, y: 0 }));
    expect(h.past.length).to.equal(HISTORY_LIMIT);
  });
});
