/**
 * Naming rules of the AWS resources this project names, so a bad name is refused at synth time instead of by the
 * AWS API halfway through an apply.
 */

/** IAM role or user ARN in the commercial partition: `arn:aws:iam::123456789012:role/path/Name`. */
const IAM_PRINCIPAL_ARN = /^arn:aws:iam::\d{12}:(role|user)\/([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

export function isIamPrincipalArn(value: string): boolean {
  return IAM_PRINCIPAL_ARN.test(value);
}

/**
 * S3 general purpose bucket naming rules: 3–63 characters of lowercase letters, digits, dots and hyphens, beginning
 * and ending with a letter or digit, no two adjacent dots, not an IP address, and none of the reserved prefixes and
 * suffixes. Dots are refused as well, because virtual-hosted TLS certificates do not cover dotted bucket names.
 * Returns the broken rule, or undefined when the name is valid.
 */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return `must be 3 to 63 characters long, not ${name.length}`;
  if (!/^[a-z0-9][a-z0-9-]*[a-z0-9]$/.test(name)) {
    return 'may contain only lowercase letters, digits and hyphens, and must begin and end with a letter or digit';
  }
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name)) return 'must not begin with xn--, sthree- or amzn-s3-demo-';
  if (/(-s3alias|--ol-s3|--x-s3|--table-s3)$/.test(name))
    return 'must not end with -s3alias, --ol-s3, --x-s3 or --table-s3';
  return undefined;
}

/**
 * The name prefix starts every resource name: IAM roles (64 characters), EKS cluster names (100), S3 buckets (63),
 * KMS aliases, log groups, ECR repositories (lowercase) and Kubernetes objects (DNS labels, 63). The longest name
 * built from it is `<prefix>-data-<12-digit account>-<region>` (up to 34 characters after the prefix), so 3–20
 * characters of lowercase letters, digits and single hyphens keep every derived name valid.
 */
export const PREFIX_PATTERN = /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/;
export const PREFIX_MIN_LENGTH = 3;
export const PREFIX_MAX_LENGTH = 20;

/** A Kubernetes DNS-1123 label: namespaces, service accounts, Helm release names. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function isDnsLabel(value: string, maxLength = 63): boolean {
  return value.length <= maxLength && DNS_LABEL.test(value);
}

/**
 * The account ID AWS's documentation uses in example ARNs. It is a real-looking twelve digits that belongs to
 * nobody using this project, so an ARN or bucket name that holds it was copied from an example and not finished.
 */
export const PLACEHOLDER_ACCOUNT_ID = '123456789012';

/** True when the text holds the placeholder account ID as a number of its own (not inside a longer one). */
export function holdsPlaceholderAccountId(text: string): boolean {
  return new RegExp(`(?<!\\d)${PLACEHOLDER_ACCOUNT_ID}(?!\\d)`).test(text);
}
