import { BlockList, isIPv4, isIPv6 } from "node:net";

/** What an address is, when it is one a fetch on someone's behalf must not reach; null for a public address. */
export type RestrictedKind = "loopback" | "private" | "link-local or metadata" | "unspecified" | "multicast or reserved";

const RANGES: readonly [RestrictedKind, string, number, "ipv4" | "ipv6"][] = [
  ["unspecified", "0.0.0.0", 8, "ipv4"],
  ["private", "10.0.0.0", 8, "ipv4"],
  ["private", "100.64.0.0", 10, "ipv4"],
  ["loopback", "127.0.0.0", 8, "ipv4"],
  // why: 169.254.169.254 is the cloud metadata service on AWS, GCP and Azure: credentials live there
  ["link-local or metadata", "169.254.0.0", 16, "ipv4"],
  ["private", "172.16.0.0", 12, "ipv4"],
  ["private", "192.0.0.0", 24, "ipv4"],
  ["private", "192.168.0.0", 16, "ipv4"],
  ["private", "198.18.0.0", 15, "ipv4"],
  ["multicast or reserved", "224.0.0.0", 3, "ipv4"],
  ["unspecified", "::", 128, "ipv6"],
  ["loopback", "::1", 128, "ipv6"],
  // why: fd00:ec2::254 (AWS's IPv6 metadata address) lies in the unique-local range
  ["private", "fc00::", 7, "ipv6"],
  ["link-local or metadata", "fe80::", 10, "ipv6"],
  ["multicast or reserved", "ff00::", 8, "ipv6"],
];

const LISTS = RANGES.map(([kind, network, prefix, type]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, type);
  return { kind, list, type };
});

/**
 * The restricted kind of an IP address, or null when it is public. An IPv4 address written inside IPv6
 * (`::ffff:127.0.0.1`, NAT64 `64:ff9b::7f00:1`) is judged as the IPv4 address it carries.
 */
export function restrictedKind(address: string): RestrictedKind | null {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const carried = embeddedIpv4(bare);
  if (carried) return restrictedKind(carried);
  const type = isIPv4(bare) ? "ipv4" : isIPv6(bare) ? "ipv6" : null;
  if (!type) return null;
  for (const entry of LISTS) if (entry.type === type && entry.list.check(bare, type)) return entry.kind;
  return null;
}

function embeddedIpv4(address: string): string | null {
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (dotted) return dotted;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex?.[1] || !hex[2]) return null;
  const high = Number.parseInt(hex[1], 16);
  const low = Number.parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}
