/** The Kubernetes service account Spark drivers and executors run as, in every job namespace. */
export const SPARK_SERVICE_ACCOUNT = 'spark';

/** The service account of the Spark History Server, in the operator namespace. */
export const HISTORY_SERVER_SERVICE_ACCOUNT = 'spark-history-server';
