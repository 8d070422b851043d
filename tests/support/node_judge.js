// Answers questions about bodies with Node's own JSON and crypto, one JSON line per request.
// The Python tests use it as an independent judge of the client's encoder and signatures.
"use strict";
const crypto = require("crypto");
const readline = require("readline");

const decoder = new TextDecoder("utf-8", { fatal: true });

function restringify(b64) {
  const text = decoder.decode(Buffer.from(b64, "base64"));
  return JSON.stringify(JSON.parse(text));
}

const ops = {
  // JSON.stringify(JSON.parse(body)) as UTF-8, base64.
  roundtrip: (req) => ({ body: Buffer.from(restringify(req.body), "utf8").toString("base64") }),
  roundtrip_many: (req) => ({
    bodies: req.bodies.map((b) => {
      try {
        return Buffer.from(restringify(b), "utf8").toString("base64");
      } catch (err) {
        return null;
      }
    }),
  }),
  // The signature as PayCombat's docs compute it: HMAC of JSON.stringify(parsed body).
  docs_signature: (req) => ({
    signature: crypto.createHmac("sha256", req.key).update(restringify(req.body)).digest("hex"),
  }),
  // HMAC of the raw bytes as received.
  raw_signature: (req) => ({
    signature: crypto.createHmac("sha256", req.key).update(Buffer.from(req.body, "base64")).digest("hex"),
  }),
};

const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on("line", (line) => {
  let req;
  try {
    req = JSON.parse(line);
    const op = ops[req.op];
    if (!op) throw new Error(`unknown op ${req.op}`);
    process.stdout.write(JSON.stringify({ id: req.id, ok: true, ...op(req) }) + "\n");
  } catch (err) {
    process.stdout.write(JSON.stringify({ id: req ? req.id : null, ok: false, error: String(err) }) + "\n");
  }
});
