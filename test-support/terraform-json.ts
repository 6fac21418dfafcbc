import { StackJson } from './synth';

/** A resource or data source block of a synthesized stack, with its Terraform address. */
export interface Block {
  readonly type: string;
  readonly name: string;
  readonly address: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: Record<string, any>;
}

export function parseStack(text: string): StackJson {
  return JSON.parse(text) as StackJson;
}

/** Every resource of a type, e.g. `aws_subnet`. */
export function resources(stack: StackJson, type: string): Block[] {
  return Object.entries(stack.resource?.[type] ?? {}).map(([name, body]) => ({
    type,
    name,
    address: `${type}.${name}`,
    body: body as Block['body'],
  }));
}

export function dataSources(stack: StackJson, type: string): Block[] {
  return Object.entries(stack.data?.[type] ?? {}).map(([name, body]) => ({
    type,
    name,
    address: `data.${type}.${name}`,
    body: body as Block['body'],
  }));
}

/** The one resource of a type with the given name. */
export function resource(stack: StackJson, type: string, name: string): Block['body'] {
  const body = stack.resource?.[type]?.[name];
  if (!body) {
    throw new Error(
      `no ${type}.${name}; have: ${
        resources(stack, type)
          .map((r) => r.name)
          .join(', ') || 'none'
      }`,
    );
  }
  return body;
}

/** An IAM policy statement as DataAwsIamPolicyDocument synthesizes it. */
export interface Statement {
  readonly sid?: string;
  readonly effect?: string;
  readonly actions?: string[];
  readonly resources?: string[];
  readonly principals?: { type: string; identifiers: string[] }[];
  readonly condition?: { test: string; variable: string; values: string[] }[];
}

/** Every statement of every aws_iam_policy_document in the stack, with the document's address. */
export function policyStatements(stack: StackJson): (Statement & { document: string })[] {
  return dataSources(stack, 'aws_iam_policy_document').flatMap((doc) =>
    (doc.body.statement as Statement[]).map((s) => ({ ...s, document: doc.address })),
  );
}

/** The statements of one policy document, by data source name. */
export function policyDocument(stack: StackJson, name: string): Statement[] {
  const doc = stack.data?.aws_iam_policy_document?.[name];
  if (!doc) throw new Error(`no aws_iam_policy_document.${name}`);
  return doc.statement as Statement[];
}

/**
 * The key policy of every aws_kms_key in the stack, by key address: the statements of the policy document that its
 * `policy` references. A key without one fails the lookup, so callers see it.
 */
export function keyPolicies(stack: StackJson): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  for (const key of resources(stack, 'aws_kms_key')) {
    const match = /^\$\{data\.aws_iam_policy_document\.([\w-]+)\.json\}$/.exec(String(key.body.policy ?? ''));
    if (!match) throw new Error(`aws_kms_key.${key.name} has no policy from an aws_iam_policy_document`);
    out.set(`aws_kms_key.${key.name}`, policyDocument(stack, match[1]));
  }
  return out;
}
