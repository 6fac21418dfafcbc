import { operatorDeploymentNames, operatorFullname } from '../../src/spark-operator/chart';

describe('operatorDeploymentNames follows the chart’s fullname rule', () => {
  it.each([
    [{ releaseName: 'spark-operator' }, 'spark-operator-controller', 'spark-operator-webhook'],
    [{ releaseName: 'spark-operator-release' }, 'spark-operator-release-controller', 'spark-operator-release-webhook'],
    [{ releaseName: 'my-op' }, 'my-op-spark-operator-controller', 'my-op-spark-operator-webhook'],
    [{ releaseName: 'my-op', fullnameOverride: 'sparkop' }, 'sparkop-controller', 'sparkop-webhook'],
    [{ releaseName: 'spark-operator', fullnameOverride: 'ops' }, 'ops-controller', 'ops-webhook'],
    [{ releaseName: 'batch', nameOverride: 'spark' }, 'batch-spark-controller', 'batch-spark-webhook'],
  ])('%j → %s, %s', (naming, controller, webhook) => {
    expect(operatorDeploymentNames(naming)).toEqual({ controller, webhook });
  });

  it('truncates the fullname to 63 characters without a trailing hyphen', () => {
    const fullname = operatorFullname({ releaseName: `${'a'.repeat(47)}-x` });
    expect(fullname).toBe(`${'a'.repeat(47)}-x-spark-operator`.slice(0, 63).replace(/-+$/, ''));
    expect(fullname.length).toBeLessThanOrEqual(63);
    expect(fullname.endsWith('-')).toBe(false);
  });
});
