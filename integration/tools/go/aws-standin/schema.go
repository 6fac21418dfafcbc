package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// The schema: the aws provider's, in the shape of one provider of `terraform providers schema -json` (derived from the
// pinned prebuilt binding, see integration/tools/terraform-schema.ts), read from a file fixed at build time.

type jsonAttribute struct {
	Type      json.RawMessage `json:"type"`
	Required  bool            `json:"required"`
	Optional  bool            `json:"optional"`
	Computed  bool            `json:"computed"`
	Sensitive bool            `json:"sensitive"`
}

type jsonBlockType struct {
	NestingMode string    `json:"nesting_mode"`
	Block       jsonBlock `json:"block"`
	MinItems    int64     `json:"min_items"`
	MaxItems    int64     `json:"max_items"`
}

type jsonBlock struct {
	Attributes map[string]jsonAttribute `json:"attributes"`
	BlockTypes map[string]jsonBlockType `json:"block_types"`
}

type jsonSchema struct {
	Version int64     `json:"version"`
	Block   jsonBlock `json:"block"`
}

type jsonProvider struct {
	Provider          jsonSchema            `json:"provider"`
	ResourceSchemas   map[string]jsonSchema `json:"resource_schemas"`
	DataSourceSchemas map[string]jsonSchema `json:"data_source_schemas"`
}

// ctyType reads a type in cty's JSON form ("string", ["list","string"], ["object",{...}], ...).
func ctyType(raw json.RawMessage) (tftypes.Type, error) {
	var name string
	if err := json.Unmarshal(raw, &name); err == nil {
		switch name {
		case "string":
			return tftypes.String, nil
		case "number":
			return tftypes.Number, nil
		case "bool":
			return tftypes.Bool, nil
		case "dynamic":
			return tftypes.DynamicPseudoType, nil
		}
		return nil, fmt.Errorf("unknown type %q", name)
	}
	var pair []json.RawMessage
	if err := json.Unmarshal(raw, &pair); err != nil || len(pair) != 2 {
		return nil, fmt.Errorf("unreadable type %s", raw)
	}
	var kind string
	if err := json.Unmarshal(pair[0], &kind); err != nil {
		return nil, fmt.Errorf("unreadable type %s", raw)
	}
	switch kind {
	case "list", "set", "map":
		element, err := ctyType(pair[1])
		if err != nil {
			return nil, err
		}
		switch kind {
		case "list":
			return tftypes.List{ElementType: element}, nil
		case "set":
			return tftypes.Set{ElementType: element}, nil
		}
		return tftypes.Map{ElementType: element}, nil
	case "object":
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(pair[1], &fields); err != nil {
			return nil, fmt.Errorf("unreadable object type %s", raw)
		}
		types := map[string]tftypes.Type{}
		for field, fieldRaw := range fields {
			fieldType, err := ctyType(fieldRaw)
			if err != nil {
				return nil, err
			}
			types[field] = fieldType
		}
		return tftypes.Object{AttributeTypes: types}, nil
	}
	return nil, fmt.Errorf("unknown type kind %q", kind)
}

var nestingModes = map[string]tfprotov6.SchemaNestedBlockNestingMode{
	"single": tfprotov6.SchemaNestedBlockNestingModeSingle,
	"list":   tfprotov6.SchemaNestedBlockNestingModeList,
	"set":    tfprotov6.SchemaNestedBlockNestingModeSet,
	"map":    tfprotov6.SchemaNestedBlockNestingModeMap,
	"group":  tfprotov6.SchemaNestedBlockNestingModeGroup,
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}

func block(in jsonBlock, where string) (*tfprotov6.SchemaBlock, error) {
	out := &tfprotov6.SchemaBlock{}
	for _, name := range sortedKeys(in.Attributes) {
		attribute := in.Attributes[name]
		attributeType, err := ctyType(attribute.Type)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", where, name, err)
		}
		out.Attributes = append(out.Attributes, &tfprotov6.SchemaAttribute{
			Name:      name,
			Type:      attributeType,
			Required:  attribute.Required,
			Optional:  attribute.Optional,
			Computed:  attribute.Computed,
			Sensitive: attribute.Sensitive,
		})
	}
	for _, name := range sortedKeys(in.BlockTypes) {
		nested := in.BlockTypes[name]
		mode, known := nestingModes[nested.NestingMode]
		if !known {
			return nil, fmt.Errorf("%s.%s: unknown nesting mode %q", where, name, nested.NestingMode)
		}
		inner, err := block(nested.Block, where+"."+name)
		if err != nil {
			return nil, err
		}
		out.BlockTypes = append(out.BlockTypes, &tfprotov6.SchemaNestedBlock{
			TypeName: name,
			Block:    inner,
			Nesting:  mode,
			MinItems: nested.MinItems,
			MaxItems: nested.MaxItems,
		})
	}
	return out, nil
}

func schemas(in map[string]jsonSchema) (map[string]*tfprotov6.Schema, error) {
	out := map[string]*tfprotov6.Schema{}
	for name, schema := range in {
		converted, err := block(schema.Block, name)
		if err != nil {
			return nil, err
		}
		out[name] = &tfprotov6.Schema{Version: schema.Version, Block: converted}
	}
	return out, nil
}

func load(file string) (*tfprotov6.GetProviderSchemaResponse, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var in jsonProvider
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	provider, err := block(in.Provider.Block, "provider")
	if err != nil {
		return nil, err
	}
	resources, err := schemas(in.ResourceSchemas)
	if err != nil {
		return nil, err
	}
	dataSources, err := schemas(in.DataSourceSchemas)
	if err != nil {
		return nil, err
	}
	return &tfprotov6.GetProviderSchemaResponse{
		ServerCapabilities: &tfprotov6.ServerCapabilities{},
		Provider:           &tfprotov6.Schema{Block: provider},
		ResourceSchemas:    resources,
		DataSourceSchemas:  dataSources,
		Functions:          map[string]*tfprotov6.Function{},
	}, nil
}

// requiredNulls reports every required attribute that the configuration sets to a known null. Terraform core only
// checks that a required argument is written; the real providers (plugin SDK and framework alike) then refuse a null
// one, so the stub does too. Unknown values are left alone: they are decided at plan time.
func requiredNulls(schema *tfprotov6.Schema, config *tfprotov6.DynamicValue) []*tfprotov6.Diagnostic {
	if schema == nil || config == nil {
		return nil
	}
	value, err := config.Unmarshal(schema.ValueType())
	if err != nil {
		return []*tfprotov6.Diagnostic{{Severity: tfprotov6.DiagnosticSeverityError, Summary: "unreadable configuration", Detail: err.Error()}}
	}
	var out []*tfprotov6.Diagnostic
	walkRequired(schema.Block, value, tftypes.NewAttributePath(), &out)
	return out
}

func walkRequired(block *tfprotov6.SchemaBlock, value tftypes.Value, at *tftypes.AttributePath, out *[]*tfprotov6.Diagnostic) {
	if !value.IsKnown() || value.IsNull() {
		return
	}
	var fields map[string]tftypes.Value
	if err := value.As(&fields); err != nil {
		return
	}
	for _, attribute := range block.Attributes {
		field, present := fields[attribute.Name]
		if attribute.Required && present && field.IsKnown() && field.IsNull() {
			*out = append(*out, &tfprotov6.Diagnostic{
				Severity:  tfprotov6.DiagnosticSeverityError,
				Summary:   "Missing required argument",
				Detail:    fmt.Sprintf("The argument %q is required, but it is null.", attribute.Name),
				Attribute: at.WithAttributeName(attribute.Name),
			})
		}
	}
	for _, nested := range block.BlockTypes {
		field, present := fields[nested.TypeName]
		if !present || !field.IsKnown() || field.IsNull() {
			continue
		}
		var elements []tftypes.Value
		if err := field.As(&elements); err != nil {
			continue
		}
		for index, element := range elements {
			walkRequired(nested.Block, element, at.WithAttributeName(nested.TypeName).WithElementKeyInt(index), out)
		}
	}
}
