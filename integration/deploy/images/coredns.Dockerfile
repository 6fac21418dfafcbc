# CoreDNS for the suite's cluster, standing in for the image of EKS's CoreDNS add-on: the binary built from its Go
# module (static), nothing else. Its Corefile comes from the coredns ConfigMap, as on EKS.
FROM scratch
COPY coredns /coredns
ENTRYPOINT ["/coredns"]
