// Command podsecurity evaluates pods against the Pod Security Standards with the Kubernetes project's own
// implementation (k8s.io/pod-security-admission, the code the API server's PodSecurity admission plugin runs), so the
// integration suite does not rely on its own reading of the rules.
//
// Input on stdin: {"pods": [{"id": "...", "level": "restricted", "version": "v1.35", "metadata": {...}, "spec": {...}}]}
// Output on stdout: one result per pod, in order: {"id": "...", "allowed": bool, "forbidden": ["reason: detail", ...]}.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/pod-security-admission/api"
	"k8s.io/pod-security-admission/policy"
)

type input struct {
	Pods []struct {
		ID       string            `json:"id"`
		Level    string            `json:"level"`
		Version  string            `json:"version"`
		Metadata metav1.ObjectMeta `json:"metadata"`
		Spec     corev1.PodSpec    `json:"spec"`
	} `json:"pods"`
}

type result struct {
	ID        string   `json:"id"`
	Allowed   bool     `json:"allowed"`
	Forbidden []string `json:"forbidden"`
}

func main() {
	var in input
	decoder := json.NewDecoder(os.Stdin)
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(&in); err != nil {
		fmt.Fprintf(os.Stderr, "podsecurity: reading the pods: %v\n", err)
		os.Exit(2)
	}
	out := make([]result, 0, len(in.Pods))
	for _, pod := range in.Pods {
		level, err := api.ParseLevel(pod.Level)
		if err != nil {
			fmt.Fprintf(os.Stderr, "podsecurity: %s: %v\n", pod.ID, err)
			os.Exit(2)
		}
		version, err := api.ParseVersion(pod.Version)
		if err != nil {
			fmt.Fprintf(os.Stderr, "podsecurity: %s: %v\n", pod.ID, err)
			os.Exit(2)
		}
		// The cluster runs the checks of its own minor version, which is also the pinned policy version: emulate it.
		evaluator, err := policy.NewEvaluator(policy.DefaultChecks(), &version)
		if err != nil {
			fmt.Fprintf(os.Stderr, "podsecurity: %v\n", err)
			os.Exit(2)
		}
		spec := pod.Spec
		checks := evaluator.EvaluatePod(api.LevelVersion{Level: level, Version: version}, &pod.Metadata, &spec)
		r := result{ID: pod.ID, Allowed: policy.AggregateCheckResults(checks).Allowed, Forbidden: []string{}}
		for _, check := range checks {
			if !check.Allowed {
				r.Forbidden = append(r.Forbidden, check.ForbiddenReason+": "+check.ForbiddenDetail)
			}
		}
		out = append(out, r)
	}
	encoder := json.NewEncoder(os.Stdout)
	if err := encoder.Encode(out); err != nil {
		fmt.Fprintf(os.Stderr, "podsecurity: %v\n", err)
		os.Exit(2)
	}
}
