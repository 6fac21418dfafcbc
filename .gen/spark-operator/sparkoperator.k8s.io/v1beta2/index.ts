export * from "./SparkApplication";
export * from "./ScheduledSparkApplication";
