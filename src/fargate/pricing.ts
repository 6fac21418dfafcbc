/**
 * EKS on Fargate prices, Linux/x86 (Fargate runs EKS pods on nothing else: no Arm, no Spot), per vCPU-hour and per
 * GB-hour (GiB). Source: https://aws.amazon.com/fargate/pricing/ , "Linux/X86" on-demand, as of 2026-11.
 * Regions not in the table are priced as us-east-1, and the report says so.
 */
export const PRICING_SOURCE = 'aws.amazon.com/fargate/pricing, Linux/x86 on-demand, 2026-11';

export interface FargatePrice {
  readonly usdPerVcpuHour: number;
  readonly usdPerGbHour: number;
}

export const DEFAULT_PRICE_REGION = 'us-east-1';

export const FARGATE_PRICES: Readonly<Record<string, FargatePrice>> = {
  'us-east-1': { usdPerVcpuHour: 0.04048, usdPerGbHour: 0.004445 },
  'us-east-2': { usdPerVcpuHour: 0.04048, usdPerGbHour: 0.004445 },
  'us-west-2': { usdPerVcpuHour: 0.04048, usdPerGbHour: 0.004445 },
};

export function priceFor(region: string): {
  readonly price: FargatePrice;
  readonly region: string;
  readonly exact: boolean;
} {
  const exact = FARGATE_PRICES[region];
  return exact
    ? { price: exact, region, exact: true }
    : { price: FARGATE_PRICES[DEFAULT_PRICE_REGION], region: DEFAULT_PRICE_REGION, exact: false };
}

export function usdPerHour(size: { readonly vcpu: number; readonly memoryGiB: number }, price: FargatePrice): number {
  return size.vcpu * price.usdPerVcpuHour + size.memoryGiB * price.usdPerGbHour;
}
