import { clientSubnet } from '../../../src/server/client-subnet';

describe('what an anonymous client’s rate limit counts against', () => {
  it.each([
    ['an IPv4 address, itself', '203.0.113.7', '203.0.113.7'],
    ['an IPv4-mapped IPv6 address, as IPv4', '::ffff:203.0.113.7', '203.0.113.7'],
    ['an IPv6 address, its /64', '2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['a compressed IPv6 address, its /64 spelled out', '2001:db8::1', '2001:db8:0:0::/64'],
    ['IPv6 loopback, its /64', '::1', '0:0:0:0::/64'],
    ['something that is no address, as it is', 'unknown', 'unknown'],
  ])('%s', (_what, ip, expected) => {
    expect(clientSubnet(ip)).toBe(expected);
  });

  it('puts two addresses of one /64 together and two /64s apart', () => {
    expect(clientSubnet('2001:db8:1:2::1')).toBe(clientSubnet('2001:db8:1:2:ffff::9'));
    expect(clientSubnet('2001:db8:1:2::1')).not.toBe(clientSubnet('2001:db8:1:3::1'));
  });
});
