export * as sparkoperatorK8sIo from "./sparkoperator.k8s.io/index";
