import { RoleBindingV1 } from '@cdktf/provider-kubernetes/lib/role-binding-v1';
import { RoleV1 } from '@cdktf/provider-kubernetes/lib/role-v1';
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { PolicyRule, rule, Verb } from '../kubernetes/rbac';

export interface KubernetesRoleProps {
  readonly name: string;
  readonly namespace: string;
}

/** A subject a Role can be bound to. */
export interface ServiceAccountRef {
  readonly name: string;
  readonly namespace: string;
}

/**
 * A namespaced Kubernetes Role whose permissions are granted by {@link KubernetesRole.grant} with typed verbs
 * (never `*`), and bound to service accounts with {@link KubernetesRole.bindTo}.
 */
export class KubernetesRole extends Construct {
  public readonly role: RoleV1;
  public readonly name: string;
  public readonly namespace: string;
  private readonly rules: PolicyRule[] = [];

  constructor(scope: Construct, id: string, props: KubernetesRoleProps) {
    super(scope, id);
    this.name = props.name;
    this.namespace = props.namespace;
    this.role = new RoleV1(this, 'role', {
      metadata: { name: props.name, namespace: props.namespace },
      rule: Lazy.anyValue({
        produce: () =>
          this.rules.map((r) => ({ api_groups: [...r.apiGroups], resources: [...r.resources], verbs: [...r.verbs] })),
      }),
    });
    this.node.addValidation({
      validate: () => (this.rules.length === 0 ? [`KubernetesRole ${props.name} grants nothing`] : []),
    });
  }

  /** Allows the verbs on the resources of one API group (`''` is the core group). */
  public grant(apiGroup: string, resources: readonly string[], verbs: readonly Verb[]): this {
    this.rules.push(rule(apiGroup, resources, verbs));
    return this;
  }

  /** Adds ready-made rules, checked like those given to grant. */
  public grantRules(rules: readonly PolicyRule[]): this {
    for (const r of rules) for (const apiGroup of r.apiGroups) this.grant(apiGroup, r.resources, r.verbs);
    return this;
  }

  /** Binds the role to a service account of its namespace. */
  public bindTo(serviceAccount: ServiceAccountRef): RoleBindingV1 {
    if (serviceAccount.namespace !== this.namespace) {
      throw new Error(
        `KubernetesRole ${this.name}: cannot bind a service account of namespace ${serviceAccount.namespace}`,
      );
    }
    return new RoleBindingV1(this, `binding-${serviceAccount.name}`, {
      metadata: {
        name: serviceAccount.name === this.name ? this.name : `${this.name}-${serviceAccount.name}`,
        namespace: this.namespace,
      },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: this.role.metadata.name },
      subject: [{ kind: 'ServiceAccount', name: serviceAccount.name, namespace: serviceAccount.namespace }],
    });
  }
}
