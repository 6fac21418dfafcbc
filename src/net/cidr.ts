/** An IPv4 CIDR block, parsed. */
export interface Ipv4Cidr {
  readonly address: number;
  readonly prefixLength: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses `a.b.c.d/n`; returns undefined when the text is not an IPv4 CIDR. */
export function parseIpv4Cidr(text: string): Ipv4Cidr | undefined {
  const match = CIDR.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefixLength = Number(match[5]);
  if (octets.some((o) => o > 255) || prefixLength > 32) return undefined;
  if (match.slice(1, 5).some((o) => o.length > 1 && o.startsWith('0'))) return undefined;
  const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  return { address, prefixLength };
}

/** True when no host bits are set, i.e. `10.0.0.0/16` and not `10.0.0.1/16`. */
export function isNetworkAddress(cidr: Ipv4Cidr): boolean {
  const hostMask = cidr.prefixLength === 0 ? 0xffffffff : (2 ** (32 - cidr.prefixLength) - 1) >>> 0;
  return (cidr.address & hostMask) === 0;
}

export function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => (address >>> shift) & 0xff).join('.');
}

/** The network address of a CIDR, for suggesting a fix: `10.0.0.1/16` → `10.0.0.0/16`. */
export function networkOf(cidr: Ipv4Cidr): string {
  const mask = cidr.prefixLength === 0 ? 0 : (0xffffffff << (32 - cidr.prefixLength)) >>> 0;
  return `${formatIpv4((cidr.address & mask) >>> 0)}/${cidr.prefixLength}`;
}

/** The documentation ranges of RFC 5737: safe placeholders that can never be anyone's network. */
const DOCUMENTATION_RANGES: readonly Ipv4Cidr[] = [
  { address: 0xc0000200, prefixLength: 24 }, // 192.0.2.0/24
  { address: 0xc6336400, prefixLength: 24 }, // 198.51.100.0/24
  { address: 0xcb007100, prefixLength: 24 }, // 203.0.113.0/24
];

export function isDocumentationRange(cidr: Ipv4Cidr): boolean {
  return DOCUMENTATION_RANGES.some((range) => contains(range, cidr));
}

export function contains(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean {
  if (inner.prefixLength < outer.prefixLength) return false;
  const mask = outer.prefixLength === 0 ? 0 : (0xffffffff << (32 - outer.prefixLength)) >>> 0;
  return (inner.address & mask) >>> 0 === (outer.address & mask) >>> 0;
}

/** AWS's largest VPC is a /16 (65,536 addresses); CreateVpc refuses a shorter prefix. */
export const AWS_LARGEST_VPC_PREFIX_LENGTH = 16;

/** A special-purpose range of the IANA IPv4 registry that is not a public internet address. */
export interface SpecialRange {
  readonly cidr: string;
  readonly what: string;
}

/**
 * Ranges no request from the internet comes from, so none can reach the EKS public endpoint (IANA IPv4
 * Special-Purpose Address Registry, RFC 6890). EKS refuses public access CIDRs that include reserved addresses
 * (Amazon EKS User Guide, "Configure network access to cluster API server endpoint"). The documentation ranges of
 * RFC 5737 are reserved too, but the shipped default config uses one on purpose as a placeholder that reaches
 * nobody, so they get a warning (isDocumentationRange), not an error.
 */
export const NON_PUBLIC_RANGES: readonly SpecialRange[] = [
  { cidr: '0.0.0.0/8', what: '"this network" (RFC 791)' },
  { cidr: '10.0.0.0/8', what: 'private (RFC 1918)' },
  { cidr: '100.64.0.0/10', what: 'shared address space for carrier-grade NAT (RFC 6598)' },
  { cidr: '127.0.0.0/8', what: 'loopback (RFC 1122)' },
  { cidr: '169.254.0.0/16', what: 'link-local (RFC 3927)' },
  { cidr: '172.16.0.0/12', what: 'private (RFC 1918)' },
  { cidr: '192.0.0.0/24', what: 'IETF protocol assignments (RFC 6890)' },
  { cidr: '192.168.0.0/16', what: 'private (RFC 1918)' },
  { cidr: '198.18.0.0/15', what: 'benchmarking (RFC 2544)' },
  { cidr: '224.0.0.0/4', what: 'multicast (RFC 5771)' },
  { cidr: '240.0.0.0/4', what: 'reserved for future use, with the broadcast address (RFC 1112, RFC 919)' },
];

/** The first non-public range a block lies in or includes, and which of the two it is. */
export function nonPublicRangeOf(
  cidr: Ipv4Cidr,
): { readonly range: SpecialRange; readonly relation: 'inside' | 'includes' } | undefined {
  for (const range of NON_PUBLIC_RANGES) {
    const parsed = parseIpv4Cidr(range.cidr) as Ipv4Cidr;
    if (contains(parsed, cidr)) return { range, relation: 'inside' };
    if (contains(cidr, parsed)) return { range, relation: 'includes' };
  }
  return undefined;
}
