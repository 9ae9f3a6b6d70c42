import ipaddr from 'ipaddr.js';

/**
 * What an anonymous client's rate limit counts against. Providers hand an IPv6 customer a whole
 * /64 (2^64 addresses), so per address anyone could dodge the limit by changing the last bits:
 * IPv6 clients count per /64. IPv4 clients, including IPv4-mapped ones (`::ffff:192.0.2.1`, how
 * a dual-stack server sees them), count per address. An address that does not parse is taken
 * as it is.
 */
export function clientSubnet(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  const prefix = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(':')}::/64`;
}
