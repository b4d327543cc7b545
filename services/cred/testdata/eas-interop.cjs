// Drives EAS's own SDK (@ethereum-attestation-service/eas-sdk) for TestEASSDKInterop:
// reads the attestations Go made, attests one itself, and signs one off chain (version 2,
// fully offline) for Go to verify. Input: one JSON object on stdin ({rpc, eas, read: [uid],
// attest?: {schema, recipient, root, expirationTime}, offchain?: {chainId, schema,
// recipient, root, time, expirationTime}}); the attester's key comes in EAS_INTEROP_KEY.
// Output: one JSON object on stdout, big numbers as decimal strings.
'use strict';
const { EAS, Offchain, OffchainAttestationVersion, SchemaEncoder, ZERO_BYTES32 } = require('@ethereum-attestation-service/eas-sdk');
const { ethers } = require('ethers');

async function main() {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const req = JSON.parse(input);
  const provider = new ethers.JsonRpcProvider(req.rpc, undefined, { staticNetwork: true, polling: true, pollingInterval: 200 });
  const eas = new EAS(req.eas);
  const out = { read: [] };
  if (req.attest) {
    const wallet = new ethers.Wallet(process.env.EAS_INTEROP_KEY, provider);
    eas.connect(wallet);
    // The city's schemas are "bytes32 NAME": one commitment.
    const data = new SchemaEncoder('bytes32 ' + req.attest.name).encodeData([{ name: req.attest.name, value: req.attest.root, type: 'bytes32' }]);
    const tx = await eas.attest({
      schema: req.attest.schema,
      data: { recipient: req.attest.recipient, expirationTime: BigInt(req.attest.expirationTime), revocable: true, data },
    });
    out.attested = await tx.wait();
  } else {
    eas.connect(provider);
  }
  if (req.offchain) {
    const o = req.offchain;
    const offchain = new Offchain({ address: req.eas, version: '1.4.0', chainId: BigInt(o.chainId) }, OffchainAttestationVersion.Version2, eas);
    const data = new SchemaEncoder('bytes32 ' + o.name).encodeData([{ name: o.name, value: o.root, type: 'bytes32' }]);
    out.offchain = await offchain.signOffchainAttestation({
      schema: o.schema, recipient: o.recipient, time: BigInt(o.time), expirationTime: BigInt(o.expirationTime),
      revocable: true, refUID: ZERO_BYTES32, data,
    }, new ethers.Wallet(process.env.EAS_INTEROP_KEY));
  }
  for (const uid of req.read) {
    const a = await eas.getAttestation(uid);
    out.read.push({
      uid: a.uid, schema: a.schema, attester: a.attester, recipient: a.recipient,
      expirationTime: Number(a.expirationTime), revocationTime: Number(a.revocationTime), data: a.data,
      valid: await eas.isAttestationValid(uid),
    });
  }
  process.stdout.write(JSON.stringify(out, (_, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

main().then(() => process.exit(0), (err) => { process.stderr.write(String(err && err.stack || err)); process.exit(1); });
