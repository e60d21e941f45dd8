import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../electron/shared/deep-link';
import { createMenuRelay } from '../../electron/shared/menu-relay';

describe('menu relay (preload: main → page)', () => {
  it('holds a link that arrives before the page subscribes, and hands it to the first subscriber once', () => {
    const relay = createMenuRelay();
    relay.deliver('openLink', parseDeepLink('policy-reader://open/doc/3/block/40'));
    const first: unknown[] = [];
    const unsubscribe = relay.subscribe('openLink', (link) => first.push(link));
    expect(first).toEqual([{ docId: 3, blockId: 40 }]);
    unsubscribe();
    const second: unknown[] = [];
    relay.subscribe('openLink', (link) => second.push(link));
    expect(second).toEqual([]);
  });

  it('delivers to current subscribers only, and not after unsubscribing', () => {
    const relay = createMenuRelay();
    const got: unknown[] = [];
    const unsubscribe = relay.subscribe('openLink', (link) => got.push(link));
    relay.deliver('openLink', { docId: 1 });
    relay.deliver('imported', []); // another command: not this listener's
    unsubscribe();
    relay.deliver('openLink', { docId: 2 });
    expect(got).toEqual([{ docId: 1 }]);
  });

  it('never replays a menu click that nobody was listening for', () => {
    const relay = createMenuRelay();
    relay.deliver('find', undefined);
    let finds = 0;
    relay.subscribe('find', () => finds++);
    expect(finds).toBe(0);
  });

  it('ignores unknown commands and refuses to subscribe to them', () => {
    const relay = createMenuRelay();
    expect(() => relay.deliver('__proto__', {})).not.toThrow();
    expect(() => relay.deliver('toString', {})).not.toThrow();
    expect(() => relay.subscribe('evil' as 'find', () => {})).toThrow(/Unknown menu command/);
  });

  it('holds a bounded number of commands while the page never subscribes', () => {
    const relay = createMenuRelay();
    for (let docId = 1; docId <= 100; docId++) relay.deliver('openLink', { docId });
    const got: { docId: number }[] = [];
    relay.subscribe('openLink', (link) => got.push(link));
    expect(got.map((l) => l.docId)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });
});
