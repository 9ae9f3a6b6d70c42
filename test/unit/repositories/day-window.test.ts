import { dayWindow } from '../../../src/repositories/day-window';

describe('dayWindow: whole days from the day buckets, partial days from the time index', () => {
  it('without bounds reads every day bucket and nothing from the index', () => {
    expect(dayWindow(null, null)).toEqual({ dayFrom: '', dayTo: '\uffff', headFrom: '', headTo: '', tailFrom: '', tailTo: '' });
  });

  it('bounds at midnight are whole days only: [from, to) excludes the day `to` starts', () => {
    expect(dayWindow('2024-05-20T00:00:00.000Z', '2024-05-23T00:00:00.000Z')).toEqual({
      dayFrom: '2024-05-20',
      dayTo: '2024-05-23',
      headFrom: '',
      headTo: '',
      tailFrom: '',
      tailTo: '',
    });
  });

  it('a bound inside a day reads that day\'s part from the index and the whole days between from the buckets', () => {
    expect(dayWindow('2024-05-20T15:30:00.000Z', '2024-05-23T06:00:00.000Z')).toEqual({
      dayFrom: '2024-05-21',
      dayTo: '2024-05-23',
      headFrom: '2024-05-20T15:30:00.000Z',
      headTo: '2024-05-21T00:00:00.000Z',
      tailFrom: '2024-05-23T00:00:00.000Z',
      tailTo: '2024-05-23T06:00:00.000Z',
    });
  });

  it('a window with no whole day in it is read from the index alone', () => {
    expect(dayWindow('2024-05-20T15:30:00.000Z', '2024-05-21T06:00:00.000Z')).toEqual({
      dayFrom: '',
      dayTo: '',
      headFrom: '2024-05-20T15:30:00.000Z',
      headTo: '2024-05-21T06:00:00.000Z',
      tailFrom: '',
      tailTo: '',
    });
  });

  it('an open end reads the buckets from the first whole day on; the next month and year roll over', () => {
    expect(dayWindow('2024-12-31T12:00:00.000Z', null)).toMatchObject({ dayFrom: '2025-01-01', dayTo: '\uffff', headTo: '2025-01-01T00:00:00.000Z' });
  });
});
