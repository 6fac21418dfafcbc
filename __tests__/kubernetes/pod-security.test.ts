import {
  podSecurityLabels,
  restrictedContainerSecurityContext,
  restrictedPodSecurityContext,
} from '../../src/kubernetes/pod-security';
import { restrictedViolations } from '../../test-support/pod-security';

describe('podSecurityLabels', () => {
  it('enforces, audits and warns at one level, pinned to the cluster minor version', () => {
    expect(podSecurityLabels('restricted', '1.34')).toEqual({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'v1.34',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/audit-version': 'v1.34',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/warn-version': 'v1.34',
    });
  });

  it('refuses a version that is not a minor version', () => {
    expect(() => podSecurityLabels('restricted', '1.34.2')).toThrow(/minor version like 1.35, got 1.34.2/);
    expect(() => podSecurityLabels('restricted', 'latest')).toThrow(/got latest/);
  });
});

describe('restricted security contexts', () => {
  it('meet every restricted rule together', () => {
    expect(restrictedViolations(restrictedPodSecurityContext(), restrictedContainerSecurityContext())).toEqual([]);
  });

  it('run as the Spark images’ non-root user', () => {
    expect(restrictedPodSecurityContext()).toMatchObject({ runAsNonRoot: true, runAsUser: 185, runAsGroup: 185 });
  });
});

describe('restrictedViolations (the test oracle itself)', () => {
  it('names each rule that an empty context breaks', () => {
    expect(restrictedViolations(undefined, undefined)).toEqual([
      'allowPrivilegeEscalation must be false',
      'runAsNonRoot must be true (pod or container)',
      'capabilities.drop must include ALL',
      'seccompProfile.type must be RuntimeDefault or Localhost (pod or container)',
    ]);
  });

  it('refuses root, privilege and added capabilities even when the rest is right', () => {
    const container = {
      ...restrictedContainerSecurityContext(),
      privileged: true,
      capabilities: { drop: ['ALL'], add: ['SYS_ADMIN'] },
    };
    expect(restrictedViolations({ ...restrictedPodSecurityContext(), runAsUser: 0 }, container)).toEqual([
      'privileged must be false',
      'runAsUser must not be 0',
      'capabilities.add may only hold NET_BIND_SERVICE',
    ]);
  });
});
