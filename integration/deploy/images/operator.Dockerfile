# The Spark Operator's image as its own Dockerfile makes it (github.com/kubeflow/spark-operator v2.5.2, the final
# stage), FROM the stand-in of its base, the official Spark 4.0.4 image. Two steps differ, both for want of a download:
# the binary is the suite's build of the operator's module (integration/tools/kube.ts, with its Makefile's stamps)
# instead of the golang builder stage, and tini comes with the stand-in (as with the official image, whose recipe
# installs it) instead of the recipe's `apt-get install -y tini`.
ARG SPARK_IMAGE
FROM ${SPARK_IMAGE}

ARG SPARK_UID=185

ARG SPARK_GID=185

USER root

RUN mkdir -p /etc/k8s-webhook-server/serving-certs /home/spark && \
    chmod -R g+rw /etc/k8s-webhook-server/serving-certs && \
    chown -R spark /etc/k8s-webhook-server/serving-certs /home/spark

USER ${SPARK_UID}:${SPARK_GID}

COPY spark-operator /usr/bin/spark-operator

COPY entrypoint.sh /usr/bin/

ENTRYPOINT ["/usr/bin/entrypoint.sh"]
