#!/usr/bin/env node
// Signs EIP-712 typed data with ethers' Wallet.signTypedData, the way a citizen's wallet
// app would; the forwarder package's test checks that the relayer accepts the signature.
// Reads {"domain", "types", "message"} on stdin (types without EIP712Domain) and the key
// from the environment variable SIGNER_KEY; prints the signature.
'use strict';

const { Wallet } = require('ethers');

let input = '';
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', async () => {
  const { domain, types, message } = JSON.parse(input);
  const wallet = new Wallet(process.env.SIGNER_KEY);
  process.stdout.write(await wallet.signTypedData(domain, types, message));
});
