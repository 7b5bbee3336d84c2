// The S3 example written by hand over plain objects, as the size baseline: the same output,
// no library, no checks beyond what the handler needs to run.
interface RawRecord {
  s3: { bucket: { name: string }; object: { key: string; size?: number } };
}

export const handler = async (raw: { Records: RawRecord[] }) => ({
  objects: raw.Records.map((record) => ({
    bucket: record.s3.bucket.name,
    key: decodeURIComponent(record.s3.object.key.replaceAll('+', ' ')),
    size: record.s3.object.size ?? null,
  })),
});
