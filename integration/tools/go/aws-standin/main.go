// Command aws-standin is the integration suite's Terraform plugin for hashicorp/aws, whose real plugin cannot be
// built here. It serves the aws provider's schema (so `terraform validate` checks every stack against it) and, when
// the suite points it at its local engines (SPARK_EKS_AWS_STANDIN names a JSON file, see engines.go), answers exactly
// the three AWS types that the platform and jobs stacks use, from those engines:
//
//   - data "aws_eks_cluster": the local control plane's endpoint and CA, for the configured cluster name only;
//   - data "aws_ecr_authorization_token": the local registry's endpoint and credentials;
//   - resource "aws_s3_object": objects in the local S3 (moto).
//
// Every other type, and all of them without the engines file, is refused with an error that says so: the stand-in
// never pretends to be AWS beyond what it stands in for. The schema file and the provider address are fixed at build
// time (-ldflags "-X main.schemaFile=... -X main.providerAddr=hashicorp/aws"), since Terraform starts a plugin with
// no arguments.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6/tf6server"
)

var (
	schemaFile   string
	providerAddr string
)

type server struct {
	schema *tfprotov6.GetProviderSchemaResponse
	// engines is nil unless SPARK_EKS_AWS_STANDIN names the suite's engines file: then only validation is served.
	engines *engines
	// provider is the configured provider block: region and default tags.
	provider providerConfig
}

func errorDiagnostic(summary, detail string) []*tfprotov6.Diagnostic {
	return []*tfprotov6.Diagnostic{{Severity: tfprotov6.DiagnosticSeverityError, Summary: summary, Detail: detail}}
}

// refused is the answer to everything the stand-in does not stand in for.
func (s *server) refused(what, typeName string) []*tfprotov6.Diagnostic {
	if s.engines == nil {
		return errorDiagnostic("schema-only provider", fmt.Sprintf(
			"%s: this plugin carries the schema of %s for `terraform validate`; without the integration suite's engines (SPARK_EKS_AWS_STANDIN) it cannot %s.",
			os.Args[0], providerAddr, what))
	}
	return errorDiagnostic("not stood in for", fmt.Sprintf(
		"%s: the integration suite's stand-in for %s answers only %s; it cannot %s %s.",
		os.Args[0], providerAddr, standInTypes, what, typeName))
}

func (s *server) GetMetadata(context.Context, *tfprotov6.GetMetadataRequest) (*tfprotov6.GetMetadataResponse, error) {
	out := &tfprotov6.GetMetadataResponse{ServerCapabilities: s.schema.ServerCapabilities}
	for _, name := range sortedKeys(s.schema.ResourceSchemas) {
		out.Resources = append(out.Resources, tfprotov6.ResourceMetadata{TypeName: name})
	}
	for _, name := range sortedKeys(s.schema.DataSourceSchemas) {
		out.DataSources = append(out.DataSources, tfprotov6.DataSourceMetadata{TypeName: name})
	}
	return out, nil
}

func (s *server) GetProviderSchema(context.Context, *tfprotov6.GetProviderSchemaRequest) (*tfprotov6.GetProviderSchemaResponse, error) {
	return s.schema, nil
}

func (s *server) GetResourceIdentitySchemas(context.Context, *tfprotov6.GetResourceIdentitySchemasRequest) (*tfprotov6.GetResourceIdentitySchemasResponse, error) {
	return &tfprotov6.GetResourceIdentitySchemasResponse{IdentitySchemas: map[string]*tfprotov6.ResourceIdentitySchema{}}, nil
}

func (s *server) ValidateProviderConfig(_ context.Context, req *tfprotov6.ValidateProviderConfigRequest) (*tfprotov6.ValidateProviderConfigResponse, error) {
	return &tfprotov6.ValidateProviderConfigResponse{Diagnostics: requiredNulls(s.schema.Provider, req.Config)}, nil
}

func (s *server) ConfigureProvider(_ context.Context, req *tfprotov6.ConfigureProviderRequest) (*tfprotov6.ConfigureProviderResponse, error) {
	if s.engines == nil {
		return &tfprotov6.ConfigureProviderResponse{}, nil
	}
	config, err := readProviderConfig(s.schema.Provider, req.Config)
	if err != nil {
		return &tfprotov6.ConfigureProviderResponse{Diagnostics: errorDiagnostic("unreadable provider configuration", err.Error())}, nil
	}
	if config.region != s.engines.Region {
		return &tfprotov6.ConfigureProviderResponse{Diagnostics: errorDiagnostic("wrong region", fmt.Sprintf(
			"the provider is configured for %q; the integration suite's engines stand in for %q", config.region, s.engines.Region))}, nil
	}
	s.provider = config
	return &tfprotov6.ConfigureProviderResponse{}, nil
}

func (s *server) StopProvider(context.Context, *tfprotov6.StopProviderRequest) (*tfprotov6.StopProviderResponse, error) {
	return &tfprotov6.StopProviderResponse{}, nil
}

func (s *server) ValidateResourceConfig(_ context.Context, req *tfprotov6.ValidateResourceConfigRequest) (*tfprotov6.ValidateResourceConfigResponse, error) {
	return &tfprotov6.ValidateResourceConfigResponse{Diagnostics: requiredNulls(s.schema.ResourceSchemas[req.TypeName], req.Config)}, nil
}

func (s *server) ValidateDataResourceConfig(_ context.Context, req *tfprotov6.ValidateDataResourceConfigRequest) (*tfprotov6.ValidateDataResourceConfigResponse, error) {
	return &tfprotov6.ValidateDataResourceConfigResponse{Diagnostics: requiredNulls(s.schema.DataSourceSchemas[req.TypeName], req.Config)}, nil
}

func (s *server) UpgradeResourceState(_ context.Context, req *tfprotov6.UpgradeResourceStateRequest) (*tfprotov6.UpgradeResourceStateResponse, error) {
	if s.engines == nil || req.TypeName != s3ObjectType {
		return &tfprotov6.UpgradeResourceStateResponse{Diagnostics: s.refused("read the state of", req.TypeName)}, nil
	}
	return s.upgradeState(req), nil
}

func (s *server) ReadResource(ctx context.Context, req *tfprotov6.ReadResourceRequest) (*tfprotov6.ReadResourceResponse, error) {
	if s.engines == nil || req.TypeName != s3ObjectType {
		return &tfprotov6.ReadResourceResponse{Diagnostics: s.refused("read", req.TypeName)}, nil
	}
	return s.readObject(ctx, req), nil
}

func (s *server) PlanResourceChange(_ context.Context, req *tfprotov6.PlanResourceChangeRequest) (*tfprotov6.PlanResourceChangeResponse, error) {
	if s.engines == nil || req.TypeName != s3ObjectType {
		return &tfprotov6.PlanResourceChangeResponse{Diagnostics: s.refused("plan", req.TypeName)}, nil
	}
	return s.planObject(req), nil
}

func (s *server) ApplyResourceChange(ctx context.Context, req *tfprotov6.ApplyResourceChangeRequest) (*tfprotov6.ApplyResourceChangeResponse, error) {
	if s.engines == nil || req.TypeName != s3ObjectType {
		return &tfprotov6.ApplyResourceChangeResponse{Diagnostics: s.refused("apply", req.TypeName)}, nil
	}
	return s.applyObject(ctx, req), nil
}

func (s *server) ImportResourceState(_ context.Context, req *tfprotov6.ImportResourceStateRequest) (*tfprotov6.ImportResourceStateResponse, error) {
	return &tfprotov6.ImportResourceStateResponse{Diagnostics: s.refused("import", req.TypeName)}, nil
}

func (s *server) MoveResourceState(_ context.Context, req *tfprotov6.MoveResourceStateRequest) (*tfprotov6.MoveResourceStateResponse, error) {
	return &tfprotov6.MoveResourceStateResponse{Diagnostics: s.refused("move state to", req.TargetTypeName)}, nil
}

func (s *server) UpgradeResourceIdentity(_ context.Context, req *tfprotov6.UpgradeResourceIdentityRequest) (*tfprotov6.UpgradeResourceIdentityResponse, error) {
	return &tfprotov6.UpgradeResourceIdentityResponse{Diagnostics: s.refused("read the identity of", req.TypeName)}, nil
}

func (s *server) ReadDataSource(ctx context.Context, req *tfprotov6.ReadDataSourceRequest) (*tfprotov6.ReadDataSourceResponse, error) {
	if s.engines != nil {
		switch req.TypeName {
		case eksClusterType:
			return s.readCluster(req), nil
		case ecrTokenType:
			return s.readRegistryToken(req), nil
		}
	}
	return &tfprotov6.ReadDataSourceResponse{Diagnostics: s.refused("read", req.TypeName)}, nil
}

func (s *server) CallFunction(context.Context, *tfprotov6.CallFunctionRequest) (*tfprotov6.CallFunctionResponse, error) {
	return &tfprotov6.CallFunctionResponse{Error: &tfprotov6.FunctionError{Text: "aws stand-in: no provider functions"}}, nil
}

func (s *server) GetFunctions(context.Context, *tfprotov6.GetFunctionsRequest) (*tfprotov6.GetFunctionsResponse, error) {
	return &tfprotov6.GetFunctionsResponse{Functions: map[string]*tfprotov6.Function{}}, nil
}

func (s *server) ValidateEphemeralResourceConfig(context.Context, *tfprotov6.ValidateEphemeralResourceConfigRequest) (*tfprotov6.ValidateEphemeralResourceConfigResponse, error) {
	return &tfprotov6.ValidateEphemeralResourceConfigResponse{}, nil
}

func (s *server) OpenEphemeralResource(_ context.Context, req *tfprotov6.OpenEphemeralResourceRequest) (*tfprotov6.OpenEphemeralResourceResponse, error) {
	return &tfprotov6.OpenEphemeralResourceResponse{Diagnostics: s.refused("open", req.TypeName)}, nil
}

func (s *server) RenewEphemeralResource(_ context.Context, req *tfprotov6.RenewEphemeralResourceRequest) (*tfprotov6.RenewEphemeralResourceResponse, error) {
	return &tfprotov6.RenewEphemeralResourceResponse{Diagnostics: s.refused("renew", req.TypeName)}, nil
}

func (s *server) CloseEphemeralResource(_ context.Context, req *tfprotov6.CloseEphemeralResourceRequest) (*tfprotov6.CloseEphemeralResourceResponse, error) {
	return &tfprotov6.CloseEphemeralResourceResponse{Diagnostics: s.refused("close", req.TypeName)}, nil
}

func main() {
	if schemaFile == "" || providerAddr == "" {
		fmt.Fprintln(os.Stderr, "aws-standin: built without -X main.schemaFile and -X main.providerAddr")
		os.Exit(2)
	}
	// Read before serving, so a broken schema or engines file fails `terraform init` or the first command loudly
	// instead of at the first RPC.
	schema, err := load(schemaFile)
	if err != nil {
		fmt.Fprintf(os.Stderr, "aws-standin: %v\n", err)
		os.Exit(1)
	}
	local, err := loadEngines(os.Getenv("SPARK_EKS_AWS_STANDIN"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "aws-standin: %v\n", err)
		os.Exit(1)
	}
	err = tf6server.Serve(providerAddr, func() tfprotov6.ProviderServer { return &server{schema: schema, engines: local} })
	if err != nil {
		fmt.Fprintf(os.Stderr, "aws-standin: %v\n", err)
		os.Exit(1)
	}
}
