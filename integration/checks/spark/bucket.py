"""The checking side of the spark stage, against the moto server: seeds the data bucket and reads back what a job
wrote, independently of Spark (boto3 lists and fetches, pyarrow reads Parquet).

  bucket.py <endpoint> seed <bucket> <objects.json>   objects.json: [{"key", "file"} | {"key", "content"}]
  bucket.py <endpoint> inspect <bucket> <output prefix or ""> <event-log prefix>
      -> JSON {"objects": [key...], "success": parsed _SUCCESS or null, "rows": [...], "eventLogs": [{key, size}]}
"""

import io
import json
import sys

import boto3
import pyarrow.parquet as pq
from botocore.config import Config


def client(endpoint: str):
    # moto accepts any credentials; these never leave this process.
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 2}, connect_timeout=5, read_timeout=30),
    )


def keys(s3, bucket: str, prefix: str) -> list[dict]:
    out = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        out.extend(page.get("Contents", []))
    return out


def seed(s3, bucket: str, objects_file: str) -> None:
    with open(objects_file, encoding="utf-8") as handle:
        objects = json.load(handle)
    s3.create_bucket(Bucket=bucket)
    for item in objects:
        if "file" in item:
            with open(item["file"], "rb") as body:
                s3.put_object(Bucket=bucket, Key=item["key"], Body=body.read())
        else:
            s3.put_object(Bucket=bucket, Key=item["key"], Body=item["content"].encode("utf-8"))
    print(json.dumps({"seeded": [item["key"] for item in objects]}))


def inspect(s3, bucket: str, output_prefix: str, event_prefix: str) -> None:
    result = {"objects": [], "success": None, "rows": [], "eventLogs": []}
    if output_prefix:
        listed = keys(s3, bucket, output_prefix)
        result["objects"] = [item["Key"] for item in listed]
        success_key = output_prefix + "_SUCCESS"
        if success_key in result["objects"]:
            body = s3.get_object(Bucket=bucket, Key=success_key)["Body"].read()
            try:
                result["success"] = json.loads(body) if body else {}
            except ValueError:
                result["success"] = {"unparsable": body[:200].decode("utf-8", "replace")}
        tables = []
        for key in result["objects"]:
            name = key.rsplit("/", 1)[-1]
            if name.endswith(".parquet"):
                data = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
                tables.append(pq.read_table(io.BytesIO(data)))
        for table in tables:
            result["rows"].extend(table.to_pylist())
    result["eventLogs"] = [
        {"key": item["Key"], "size": item["Size"]}
        for item in keys(s3, bucket, event_prefix)
        if item["Key"] != event_prefix
    ]
    json.dump(result, sys.stdout, default=str)


def main() -> None:
    endpoint, command, *args = sys.argv[1:]
    s3 = client(endpoint)
    if command == "seed":
        seed(s3, *args)
    elif command == "inspect":
        inspect(s3, *args)
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
