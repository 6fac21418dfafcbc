package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// aws_s3_object against the local S3 API (moto), by path: PUT on create and update, HEAD on refresh (an object
// deleted behind Terraform's back leaves the state, so the next plan creates it again), DELETE on destroy.

// computedOnCreate are the attributes the provider learns only from S3 (or its own defaults) when it writes the
// object; everything else comes from the configuration.
var computedOnCreate = []string{"id", "arn", "etag", "version_id", "content_type"}

// changedByWrite are the attributes a new write of the object changes.
var changedByWrite = []string{"etag", "version_id"}

func (s *server) objectType() tftypes.Object {
	return s.schema.ResourceSchemas[s3ObjectType].ValueType().(tftypes.Object)
}

func diagnose(summary string, err error) []*tfprotov6.Diagnostic {
	return errorDiagnostic(summary, err.Error())
}

func (s *server) upgradeState(req *tfprotov6.UpgradeResourceStateRequest) *tfprotov6.UpgradeResourceStateResponse {
	value, err := req.RawState.Unmarshal(s.objectType())
	if err != nil {
		return &tfprotov6.UpgradeResourceStateResponse{Diagnostics: diagnose("unreadable state of aws_s3_object", err)}
	}
	out, err := tfprotov6.NewDynamicValue(s.objectType(), value)
	if err != nil {
		return &tfprotov6.UpgradeResourceStateResponse{Diagnostics: diagnose("aws stand-in", err)}
	}
	return &tfprotov6.UpgradeResourceStateResponse{UpgradedState: &out}
}

// with returns the object value with some attributes replaced.
func with(objectType tftypes.Object, value tftypes.Value, replaced map[string]tftypes.Value) tftypes.Value {
	attributes := fields(value)
	out := map[string]tftypes.Value{}
	for name, attribute := range attributes {
		out[name] = attribute
	}
	for name, attribute := range replaced {
		out[name] = attribute
	}
	return tftypes.NewValue(objectType, out)
}

func (s *server) tagsAll(config tftypes.Value) tftypes.Value {
	merged := map[string]string{}
	for key, value := range s.provider.defaultTags {
		merged[key] = value
	}
	for key, value := range stringMap(fields(config)["tags"]) {
		merged[key] = value
	}
	return stringMapValue(merged)
}

func (s *server) planObject(req *tfprotov6.PlanResourceChangeRequest) *tfprotov6.PlanResourceChangeResponse {
	objectType := s.objectType()
	proposed, err := req.ProposedNewState.Unmarshal(objectType)
	if err != nil {
		return &tfprotov6.PlanResourceChangeResponse{Diagnostics: diagnose("unreadable plan of aws_s3_object", err)}
	}
	if proposed.IsNull() {
		return &tfprotov6.PlanResourceChangeResponse{PlannedState: req.ProposedNewState}
	}
	prior, err := req.PriorState.Unmarshal(objectType)
	if err != nil {
		return &tfprotov6.PlanResourceChangeResponse{Diagnostics: diagnose("unreadable state of aws_s3_object", err)}
	}
	config, err := req.Config.Unmarshal(objectType)
	if err != nil {
		return &tfprotov6.PlanResourceChangeResponse{Diagnostics: diagnose("unreadable configuration of aws_s3_object", err)}
	}
	configured := fields(config)
	known := map[string]tftypes.Value{
		"tags_all": s.tagsAll(config),
		"region":   text(s.region(configured["region"])),
	}
	if configured["force_destroy"].IsNull() {
		known["force_destroy"] = tftypes.NewValue(tftypes.Bool, false)
	}
	planned := with(objectType, proposed, known)
	var replace []*tftypes.AttributePath
	unknown := map[string]tftypes.Value{}
	if prior.IsNull() {
		for _, name := range computedOnCreate {
			if configured[name].IsNull() {
				unknown[name] = tftypes.NewValue(objectType.AttributeTypes[name], tftypes.UnknownValue)
			}
		}
	} else if !planned.Equal(prior) {
		priorFields := fields(prior)
		for _, name := range []string{"bucket", "key"} {
			if !fields(planned)[name].Equal(priorFields[name]) {
				replace = append(replace, tftypes.NewAttributePath().WithAttributeName(name))
			}
		}
		if len(replace) > 0 {
			for _, name := range computedOnCreate {
				if configured[name].IsNull() {
					unknown[name] = tftypes.NewValue(objectType.AttributeTypes[name], tftypes.UnknownValue)
				}
			}
		} else {
			for _, name := range changedByWrite {
				unknown[name] = tftypes.NewValue(objectType.AttributeTypes[name], tftypes.UnknownValue)
			}
		}
	}
	planned = with(objectType, planned, unknown)
	out, err := tfprotov6.NewDynamicValue(objectType, planned)
	if err != nil {
		return &tfprotov6.PlanResourceChangeResponse{Diagnostics: diagnose("aws stand-in", err)}
	}
	return &tfprotov6.PlanResourceChangeResponse{PlannedState: &out, RequiresReplace: replace}
}

func (s *server) objectURL(bucket, key string) string {
	escaped := make([]string, 0)
	for _, part := range strings.Split(key, "/") {
		escaped = append(escaped, url.PathEscape(part))
	}
	return fmt.Sprintf("%s/%s/%s", strings.TrimRight(s.engines.S3.Endpoint, "/"), url.PathEscape(bucket), strings.Join(escaped, "/"))
}

var client = &http.Client{Timeout: 60 * time.Second}

// s3Request sends one request to the local S3 API. moto does not check signatures: the request carries the access
// key only, so moto files it under its default account, as the suite's own calls are.
func (s *server) s3Request(ctx context.Context, method, target string, body []byte, contentType string) (*http.Response, error) {
	request, err := http.NewRequestWithContext(ctx, method, target, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	if contentType != "" {
		request.Header.Set("Content-Type", contentType)
	}
	request.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential="+os.Getenv("AWS_ACCESS_KEY_ID")+"/"+time.Now().UTC().Format("20060102")+"/"+s.engines.Region+"/s3/aws4_request")
	response, err := client.Do(request)
	if err != nil {
		return nil, err
	}
	return response, nil
}

func (s *server) applyObject(ctx context.Context, req *tfprotov6.ApplyResourceChangeRequest) *tfprotov6.ApplyResourceChangeResponse {
	objectType := s.objectType()
	planned, err := req.PlannedState.Unmarshal(objectType)
	if err != nil {
		return &tfprotov6.ApplyResourceChangeResponse{Diagnostics: diagnose("unreadable plan of aws_s3_object", err)}
	}
	prior, err := req.PriorState.Unmarshal(objectType)
	if err != nil {
		return &tfprotov6.ApplyResourceChangeResponse{Diagnostics: diagnose("unreadable state of aws_s3_object", err)}
	}
	if planned.IsNull() {
		old := fields(prior)
		bucket, _ := str(old["bucket"])
		key, _ := str(old["key"])
		response, err := s.s3Request(ctx, http.MethodDelete, s.objectURL(bucket, key), nil, "")
		if err != nil {
			return &tfprotov6.ApplyResourceChangeResponse{Diagnostics: diagnose("deleting S3 object", err)}
		}
		defer response.Body.Close()
		if response.StatusCode >= 300 && response.StatusCode != http.StatusNotFound {
			detail, _ := io.ReadAll(response.Body)
			return &tfprotov6.ApplyResourceChangeResponse{Diagnostics: errorDiagnostic("deleting S3 object", fmt.Sprintf("s3://%s/%s: %s %s", bucket, key, response.Status, detail))}
		}
		return &tfprotov6.ApplyResourceChangeResponse{NewState: req.PlannedState}
	}
	attributes := fields(planned)
	bucket, _ := str(attributes["bucket"])
	key, _ := str(attributes["key"])
	var body []byte
	if source, ok := str(attributes["source"]); ok {
		// Terraform starts the plugin in the root module's folder, which relative `source` paths are relative to.
		body, err = os.ReadFile(source)
		if err != nil {
			return &tfprotov6.ApplyResourceChangeResponse{Diagnostics: diagnose("reading the object's source", err)}
		}
	} else if content, ok := str(attributes["content"]); ok {
		body = []byte(content)
	} else if encoded, ok := str(attributes["content_base64"]); ok {
		body, err = base64.StdEncoding.DecodeString(encoded)
		if err != nil {
			return &tfprotov6.ApplyResourceChangeResponse{Diagnostics: diagnose("decoding content_base64", err)}
		}
	}
	contentType, configured := str(attributes["content_type"])
	if !configured {
		// What S3 records for an object written without a type.
		contentType = "binary/octet-stream"
	}
	response, err := s.s3Request(ctx, http.MethodPut, s.objectURL(bucket, key), body, contentType)
	if err != nil {
		return &tfprotov6.ApplyResourceChangeResponse{Diagnostics: diagnose("uploading S3 object", err)}
	}
	defer response.Body.Close()
	if response.StatusCode != http.StatusOK {
		detail, _ := io.ReadAll(response.Body)
		return &tfprotov6.ApplyResourceChangeResponse{Diagnostics: errorDiagnostic("uploading S3 object", fmt.Sprintf("s3://%s/%s: %s %s", bucket, key, response.Status, detail))}
	}
	version := tftypes.NewValue(tftypes.String, nil)
	if id := response.Header.Get("x-amz-version-id"); id != "" {
		version = text(id)
	}
	written := map[string]tftypes.Value{
		"id":           text(key),
		"arn":          text(fmt.Sprintf("arn:aws:s3:::%s/%s", bucket, key)),
		"etag":         text(strings.Trim(response.Header.Get("ETag"), `"`)),
		"version_id":   version,
		"content_type": text(contentType),
	}
	final := map[string]tftypes.Value{}
	for name, value := range attributes {
		if replacement, ok := written[name]; ok && !value.IsKnown() {
			final[name] = replacement
		} else if !value.IsKnown() {
			final[name] = tftypes.NewValue(objectType.AttributeTypes[name], nil)
		} else {
			final[name] = value
		}
	}
	out, err := tfprotov6.NewDynamicValue(objectType, tftypes.NewValue(objectType, final))
	if err != nil {
		return &tfprotov6.ApplyResourceChangeResponse{Diagnostics: diagnose("aws stand-in", err)}
	}
	return &tfprotov6.ApplyResourceChangeResponse{NewState: &out}
}

func (s *server) readObject(ctx context.Context, req *tfprotov6.ReadResourceRequest) *tfprotov6.ReadResourceResponse {
	objectType := s.objectType()
	current, err := req.CurrentState.Unmarshal(objectType)
	if err != nil {
		return &tfprotov6.ReadResourceResponse{Diagnostics: diagnose("unreadable state of aws_s3_object", err)}
	}
	if current.IsNull() {
		return &tfprotov6.ReadResourceResponse{NewState: req.CurrentState}
	}
	attributes := fields(current)
	bucket, _ := str(attributes["bucket"])
	key, _ := str(attributes["key"])
	response, err := s.s3Request(ctx, http.MethodHead, s.objectURL(bucket, key), nil, "")
	if err != nil {
		return &tfprotov6.ReadResourceResponse{Diagnostics: diagnose("reading S3 object", err)}
	}
	defer response.Body.Close()
	if response.StatusCode == http.StatusNotFound {
		// As the real provider does: gone from S3, gone from the state.
		null, _ := tfprotov6.NewDynamicValue(objectType, tftypes.NewValue(objectType, nil))
		return &tfprotov6.ReadResourceResponse{NewState: &null}
	}
	if response.StatusCode != http.StatusOK {
		return &tfprotov6.ReadResourceResponse{Diagnostics: errorDiagnostic("reading S3 object", fmt.Sprintf("s3://%s/%s: %s", bucket, key, response.Status))}
	}
	refreshed := map[string]tftypes.Value{"etag": text(strings.Trim(response.Header.Get("ETag"), `"`))}
	if id := response.Header.Get("x-amz-version-id"); id != "" {
		refreshed["version_id"] = text(id)
	}
	out, err := tfprotov6.NewDynamicValue(objectType, with(objectType, current, refreshed))
	if err != nil {
		return &tfprotov6.ReadResourceResponse{Diagnostics: diagnose("aws stand-in", err)}
	}
	return &tfprotov6.ReadResourceResponse{NewState: &out, Private: req.Private}
}
