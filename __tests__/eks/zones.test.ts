import { AWS_REGIONS } from '../../src/aws/regions';
import { EKS_UNSUPPORTED_ZONE_IDS, eksUnsupportedZoneIds } from '../../src/eks/zones';

describe('EKS_UNSUPPORTED_ZONE_IDS', () => {
  it('has an entry for every region the config accepts, and nothing else', () => {
    expect(Object.keys(EKS_UNSUPPORTED_ZONE_IDS).sort()).toEqual([...AWS_REGIONS].sort());
  });

  it("lists the EKS user guide's disallowed zone IDs, each a zone ID of its own region", () => {
    const listed = Object.entries(EKS_UNSUPPORTED_ZONE_IDS).filter(([, ids]) => ids.length > 0);
    expect(listed).toEqual([
      ['ca-central-1', ['cac1-az3']],
      ['us-east-1', ['use1-az3']],
      ['us-west-1', ['usw1-az2']],
    ]);
    // A zone ID starts with its region's short code: us-east-1 -> use1, ca-central-1 -> cac1.
    for (const [region, ids] of listed) {
      const [area, direction, n] = region.split('-');
      for (const id of ids) expect(id).toMatch(new RegExp(`^${area}${direction[0]}${n}-az\\d+$`));
    }
  });

  it('gives no exclusion for a region without one', () => {
    expect(eksUnsupportedZoneIds('eu-west-1')).toEqual([]);
    expect(eksUnsupportedZoneIds('us-west-1')).toEqual(['usw1-az2']);
  });
});
