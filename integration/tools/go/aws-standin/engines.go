package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

const (
	eksClusterType = "aws_eks_cluster"
	ecrTokenType   = "aws_ecr_authorization_token"
	s3ObjectType   = "aws_s3_object"
	standInTypes   = "data.aws_eks_cluster, data.aws_ecr_authorization_token and aws_s3_object"
)

// engines is what the integration suite writes for the stand-in: the local engines that answer for AWS.
type engines struct {
	// Account is what AWS would report for the caller (moto's default account).
	Account string `json:"account"`
	Region  string `json:"region"`
	// Clusters by name: the local control plane each EKS cluster name stands for.
	Clusters map[string]struct {
		Endpoint string `json:"endpoint"`
		CAPem    string `json:"caPem"`
		Version  string `json:"version"`
	} `json:"clusters"`
	// Registry stands in for the account's ECR registry.
	Registry struct {
		ProxyEndpoint string `json:"proxyEndpoint"`
		Username      string `json:"username"`
		Password      string `json:"password"`
	} `json:"registry"`
	// S3 is the S3 API's endpoint (moto), addressed by path.
	S3 struct {
		Endpoint string `json:"endpoint"`
	} `json:"s3"`
}

func loadEngines(file string) (*engines, error) {
	if file == "" {
		return nil, nil
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("SPARK_EKS_AWS_STANDIN: %w", err)
	}
	var out engines
	decoder := json.NewDecoder(bytes.NewReader(raw))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(&out); err != nil {
		return nil, fmt.Errorf("SPARK_EKS_AWS_STANDIN %s: %w", file, err)
	}
	if out.Account == "" || out.Region == "" || out.S3.Endpoint == "" || out.Registry.ProxyEndpoint == "" {
		return nil, fmt.Errorf("SPARK_EKS_AWS_STANDIN %s: account, region, s3.endpoint and registry.proxyEndpoint are required", file)
	}
	return &out, nil
}

type providerConfig struct {
	region      string
	defaultTags map[string]string
}

// fields returns an object value's attributes (nil for a null or unknown value).
func fields(value tftypes.Value) map[string]tftypes.Value {
	if value.IsNull() || !value.IsKnown() {
		return nil
	}
	var out map[string]tftypes.Value
	if err := value.As(&out); err != nil {
		return nil
	}
	return out
}

// str returns a known, non-null string attribute.
func str(value tftypes.Value) (string, bool) {
	if value.IsNull() || !value.IsKnown() {
		return "", false
	}
	var out string
	if err := value.As(&out); err != nil {
		return "", false
	}
	return out, true
}

func stringMap(value tftypes.Value) map[string]string {
	out := map[string]string{}
	if value.IsNull() || !value.IsKnown() {
		return out
	}
	var raw map[string]tftypes.Value
	if err := value.As(&raw); err != nil {
		return out
	}
	for key, item := range raw {
		if text, ok := str(item); ok {
			out[key] = text
		}
	}
	return out
}

func stringMapValue(in map[string]string) tftypes.Value {
	items := map[string]tftypes.Value{}
	for key, value := range in {
		items[key] = tftypes.NewValue(tftypes.String, value)
	}
	return tftypes.NewValue(tftypes.Map{ElementType: tftypes.String}, items)
}

func readProviderConfig(schema *tfprotov6.Schema, config *tfprotov6.DynamicValue) (providerConfig, error) {
	value, err := config.Unmarshal(schema.ValueType())
	if err != nil {
		return providerConfig{}, err
	}
	attributes := fields(value)
	out := providerConfig{defaultTags: map[string]string{}}
	out.region, _ = str(attributes["region"])
	if blocks := attributes["default_tags"]; !blocks.IsNull() && blocks.IsKnown() {
		var list []tftypes.Value
		if err := blocks.As(&list); err == nil {
			for _, block := range list {
				for key, tag := range stringMap(fields(block)["tags"]) {
					out.defaultTags[key] = tag
				}
			}
		}
	}
	return out, nil
}

// state builds a value of the schema's type: the given attributes, every other attribute and block null.
func state(schema *tfprotov6.Schema, values map[string]tftypes.Value) (*tfprotov6.DynamicValue, error) {
	objectType := schema.ValueType().(tftypes.Object)
	full := map[string]tftypes.Value{}
	for name, attributeType := range objectType.AttributeTypes {
		if value, ok := values[name]; ok {
			full[name] = value
		} else {
			full[name] = tftypes.NewValue(attributeType, nil)
		}
	}
	for name := range values {
		if _, ok := objectType.AttributeTypes[name]; !ok {
			return nil, fmt.Errorf("the schema has no attribute %q", name)
		}
	}
	value := tftypes.NewValue(objectType, full)
	dynamic, err := tfprotov6.NewDynamicValue(objectType, value)
	if err != nil {
		return nil, err
	}
	return &dynamic, nil
}

func text(value string) tftypes.Value { return tftypes.NewValue(tftypes.String, value) }

func (s *server) region(configured tftypes.Value) string {
	if region, ok := str(configured); ok && region != "" {
		return region
	}
	return s.provider.region
}

// readCluster answers data "aws_eks_cluster" for the cluster names the suite's control planes stand for, and fails
// as EKS does for any other name.
func (s *server) readCluster(req *tfprotov6.ReadDataSourceRequest) *tfprotov6.ReadDataSourceResponse {
	schema := s.schema.DataSourceSchemas[req.TypeName]
	config, err := req.Config.Unmarshal(schema.ValueType())
	if err != nil {
		return &tfprotov6.ReadDataSourceResponse{Diagnostics: errorDiagnostic("unreadable configuration", err.Error())}
	}
	attributes := fields(config)
	name, _ := str(attributes["name"])
	cluster, known := s.engines.Clusters[name]
	if !known {
		return &tfprotov6.ReadDataSourceResponse{Diagnostics: errorDiagnostic("reading EKS Cluster ("+name+")",
			fmt.Sprintf("ResourceNotFoundException: No cluster found for name: %s. (the integration suite's stand-in knows only its own control planes)", name))}
	}
	region := s.region(attributes["region"])
	authority := tftypes.Object{AttributeTypes: map[string]tftypes.Type{"data": tftypes.String}}
	values := map[string]tftypes.Value{
		"name":     text(name),
		"id":       text(name),
		"region":   text(region),
		"arn":      text(fmt.Sprintf("arn:aws:eks:%s:%s:cluster/%s", region, s.engines.Account, name)),
		"endpoint": text(cluster.Endpoint),
		"version":  text(cluster.Version),
		"status":   text("ACTIVE"),
		"tags":     stringMapValue(stringMap(attributes["tags"])),
		"certificate_authority": tftypes.NewValue(tftypes.List{ElementType: authority}, []tftypes.Value{
			tftypes.NewValue(authority, map[string]tftypes.Value{"data": text(base64.StdEncoding.EncodeToString([]byte(cluster.CAPem)))}),
		}),
	}
	out, err := state(schema, values)
	if err != nil {
		return &tfprotov6.ReadDataSourceResponse{Diagnostics: errorDiagnostic("aws stand-in", err.Error())}
	}
	return &tfprotov6.ReadDataSourceResponse{State: out}
}

// readRegistryToken answers data "aws_ecr_authorization_token" with the local registry's login, in ECR's form: the
// token is base64 of `user:password`, valid for 12 hours.
func (s *server) readRegistryToken(req *tfprotov6.ReadDataSourceRequest) *tfprotov6.ReadDataSourceResponse {
	schema := s.schema.DataSourceSchemas[req.TypeName]
	config, err := req.Config.Unmarshal(schema.ValueType())
	if err != nil {
		return &tfprotov6.ReadDataSourceResponse{Diagnostics: errorDiagnostic("unreadable configuration", err.Error())}
	}
	attributes := fields(config)
	registry := s.engines.Registry
	if id, ok := str(attributes["registry_id"]); ok && id != s.engines.Account {
		return &tfprotov6.ReadDataSourceResponse{Diagnostics: errorDiagnostic("getting ECR authorization token",
			fmt.Sprintf("registry %s: the integration suite's stand-in has only the registry of account %s", id, s.engines.Account))}
	}
	region := s.region(attributes["region"])
	values := map[string]tftypes.Value{
		"id":                  text(region),
		"region":              text(region),
		"registry_id":         text(s.engines.Account),
		"authorization_token": text(base64.StdEncoding.EncodeToString([]byte(registry.Username + ":" + registry.Password))),
		"expires_at":          text(time.Now().UTC().Add(12 * time.Hour).Format(time.RFC3339)),
		"password":            text(registry.Password),
		"proxy_endpoint":      text(registry.ProxyEndpoint),
		"user_name":           text(registry.Username),
	}
	out, err := state(schema, values)
	if err != nil {
		return &tfprotov6.ReadDataSourceResponse{Diagnostics: errorDiagnostic("aws stand-in", err.Error())}
	}
	return &tfprotov6.ReadDataSourceResponse{State: out}
}
