import { TerraformElement, TerraformStack } from 'cdktf';
import { Node } from 'constructs';

/**
 * A TerraformStack whose Terraform addresses are the construct path, readable and without cdktf's hash suffix:
 * `aws_s3_bucket.state-bucket_bucket` rather than `aws_s3_bucket.state-bucket_828F7150`. Construct ids are
 * therefore API: renaming one changes an address, and Terraform would replace the resource.
 */
export class ProjectStack extends TerraformStack {
  private readonly logicalIds = new Map<string, string>();

  public override allocateLogicalId(element: TerraformElement | Node): string {
    const node = element instanceof Node ? element : element.node;
    const components = node.scopes.slice(node.scopes.indexOf(this) + 1).map((c) => c.node.id);
    const logicalId = components.map((c) => c.replace(/[^A-Za-z0-9_-]/g, '_')).join('_');
    if (!/^[A-Za-z_]/.test(logicalId)) {
      throw new Error(`construct path "${node.path}" must start with a letter to make a Terraform address`);
    }
    const path = node.path;
    const taken = this.logicalIds.get(logicalId);
    if (taken !== undefined && taken !== path) {
      throw new Error(`constructs "${taken}" and "${path}" would share the Terraform address "${logicalId}"`);
    }
    this.logicalIds.set(logicalId, path);
    return logicalId;
  }
}
