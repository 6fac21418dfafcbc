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
    // 56 + '-spark-operator' cut at 63 ends in '-spark-': the trailing '-' goes.
    expect(operatorFullname({ releaseName: 'a'.repeat(56) })).toBe(`${'a'.repeat(56)}-spark`);
    expect(operatorFullname({ releaseName: 'r', fullnameOverride: `${'o'.repeat(62)}-x` })).toBe('o'.repeat(62));
  });
});
