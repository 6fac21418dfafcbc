"""The deploy stage's side of the S3 stand-in (moto), with boto3: the buckets the state and data stacks would have
made, the outputs-only states of the stacks that cannot be applied here, and what the checks read back.

  s3.py <endpoint> <region> bucket <name>                         create if missing, versioned
  s3.py <endpoint> <region> put <bucket> <key> <file> <kms key>   an object encrypted with SSE-KMS, as the backend writes
  s3.py <endpoint> <region> head <bucket> <key>                   -> JSON {exists, sse, kmsKeyId, versionId, etag}
  s3.py <endpoint> <region> list <bucket>                         -> JSON [key...]
  s3.py <endpoint> <region> versions <bucket> <key>               -> JSON number of versions of the key
"""

import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError


def client(endpoint: str, region: str):
    # moto accepts any credentials; these never leave this process.
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=region,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 2}, connect_timeout=5, read_timeout=30),
    )


def bucket(s3, region: str, name: str) -> None:
    try:
        s3.head_bucket(Bucket=name)
    except ClientError:
        extra = {} if region == "us-east-1" else {"CreateBucketConfiguration": {"LocationConstraint": region}}
        s3.create_bucket(Bucket=name, **extra)
    s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    print(json.dumps({"bucket": name}))


def put(s3, name: str, key: str, file: str, kms: str) -> None:
    with open(file, "rb") as body:
        s3.put_object(Bucket=name, Key=key, Body=body.read(), ServerSideEncryption="aws:kms", SSEKMSKeyId=kms)
    print(json.dumps({"put": key}))


def head(s3, name: str, key: str) -> None:
    try:
        found = s3.head_object(Bucket=name, Key=key)
    except ClientError as error:
        if error.response["Error"]["Code"] in ("404", "NoSuchKey", "NotFound"):
            print(json.dumps({"exists": False}))
            return
        raise
    print(
        json.dumps(
            {
                "exists": True,
                "sse": found.get("ServerSideEncryption"),
                "kmsKeyId": found.get("SSEKMSKeyId"),
                "versionId": found.get("VersionId"),
                "etag": found.get("ETag", "").strip('"'),
            }
        )
    )


def listing(s3, name: str) -> None:
    keys = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=name):
        keys.extend(item["Key"] for item in page.get("Contents", []))
    print(json.dumps(sorted(keys)))


def versions(s3, name: str, key: str) -> None:
    found = s3.list_object_versions(Bucket=name, Prefix=key)
    print(json.dumps(len([v for v in found.get("Versions", []) if v["Key"] == key])))


def main() -> None:
    endpoint, region, command, *args = sys.argv[1:]
    s3 = client(endpoint, region)
    if command == "bucket":
        bucket(s3, region, *args)
    elif command == "put":
        put(s3, *args)
    elif command == "head":
        head(s3, *args)
    elif command == "list":
        listing(s3, *args)
    elif command == "versions":
        versions(s3, *args)
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main()
