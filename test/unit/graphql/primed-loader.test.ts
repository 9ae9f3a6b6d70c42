import { PrimedLoader, whenLoaded } from '../../../src/graphql/loaders/primed-loader';

describe('PrimedLoader', () => {
  const batches: string[][] = [];
  const create = () => new PrimedLoader<string>(async (ids) => {
    batches.push([...ids]);
    return ids.map((id) => `loaded ${id}`);
  });
  beforeEach(() => {
    batches.length = 0;
  });

  it('answers a primed value as it is, without a promise or a batch', () => {
    const loader = create().prime('a', 'primed a');
    expect(loader.get('a')).toBe('primed a');
    expect(batches).toEqual([]);
  });

  it('loads what was not primed, in one batch', async () => {
    const loader = create();
    const [b, c] = await Promise.all([loader.get('b'), loader.get('c')]);
    expect([b, c]).toEqual(['loaded b', 'loaded c']);
    expect(batches).toEqual([['b', 'c']]);
  });

  it('keeps the first value of a key, as DataLoader does: asked for before, or primed before', async () => {
    const loader = create();
    await loader.load('d');
    loader.prime('d', 'primed d').prime('e', 'first e').prime('e', 'second e');
    expect(await loader.get('d')).toBe('loaded d');
    expect(loader.get('e')).toBe('first e');
  });

  it('forgets a cleared key', async () => {
    const loader = create().prime('f', 'primed f');
    loader.clear('f');
    expect(await loader.get('f')).toBe('loaded f');
  });
});

describe('whenLoaded', () => {
  it('applies at once to a value, and after it arrives to a promise', async () => {
    expect(whenLoaded(2, (n) => n + 1)).toBe(3);
    await expect(whenLoaded(Promise.resolve(2), (n) => n + 1)).resolves.toBe(3);
  });
});
