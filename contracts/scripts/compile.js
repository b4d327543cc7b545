#!/usr/bin/env node
// Compiles every contract under src/ with the solc pinned in package-lock.json, through the
// standard-JSON interface, and writes <Name>.abi and <Name>.bin into the folder given as the
// first argument (relative to contracts/). It also compiles the Ethereum Attestation
// Service's SchemaRegistry and EAS from their npm package, with the compiler and OpenZeppelin
// they pin (see EAS below). The settings are fixed here, not read from the
// environment, so that the committed artifacts are reproducible: a test compiles again and
// compares.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

// geth v1.13.15's Clique only runs forks up to London: no PUSH0 (Shanghai), no MCOPY or
// TSTORE (Cancun).
const SETTINGS = {
  evmVersion: 'london',
  optimizer: { enabled: true, runs: 200 },
  viaIR: false,
  metadata: { bytecodeHash: 'ipfs' },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
};

const root = path.resolve(__dirname, '..');

// listSources lists the .sol files under dir, in a stable order.
function listSources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(full));
    else if (entry.name.endsWith('.sol')) out.push(full);
  }
  return out;
}

function findImport(importPath) {
  for (const base of [root, path.join(root, 'node_modules')]) {
    const candidate = path.join(base, importPath);
    if (fs.existsSync(candidate)) return { contents: fs.readFileSync(candidate, 'utf8') };
  }
  return { error: `import ${importPath} not found under contracts/ or contracts/node_modules (run: make contracts)` };
}

// input is the standard-JSON input for every .sol file under srcDir (named relative to
// base, so src/X.sol for the repository's own), with the fixed SETTINGS and the given
// output selection.
function input(srcDir, outputSelection, base = root) {
  const sources = {};
  for (const file of listSources(srcDir)) {
    sources[path.relative(base, file).split(path.sep).join('/')] = { content: fs.readFileSync(file, 'utf8') };
  }
  if (Object.keys(sources).length === 0) {
    throw new Error(`compile: no .sol files under ${srcDir}`);
  }
  return { language: 'Solidity', sources, settings: { ...SETTINGS, outputSelection: outputSelection || SETTINGS.outputSelection } };
}

// compile runs solc on a standard-JSON input, prints its warnings and throws on an error.
function compile(inp) {
  const output = JSON.parse(solc.compile(JSON.stringify(inp), { import: findImport }));
  let failed = false;
  for (const e of output.errors || []) {
    process.stderr.write(e.formattedMessage || e.message);
    if (e.severity === 'error') failed = true;
  }
  if (failed) throw new Error('compile: solc reported errors');
  return output;
}

// EAS is the Ethereum Attestation Service build. Its sources pin `pragma solidity 0.8.29`
// exactly and import OpenZeppelin 5.3.0 (5.4.0's SignatureChecker pulls Bytes, which uses
// MCOPY): both come as npm aliases beside our solc and OpenZeppelin, and the import callback
// maps @openzeppelin/contracts/ to the 5.3.0 copy. Sources keep the names EAS's own build
// gives them (contracts/EAS.sol) and the settings are EAS's (optimizer 1,000,000 runs, no
// metadata hash) but for the EVM, London: the result is byte for byte the package's shipped
// artifacts (a test checks), so the chain runs exactly the code EAS audited and ships.
const EAS = {
  pkg: path.join(root, 'node_modules', '@ethereum-attestation-service', 'eas-contracts'),
  oz: path.join(root, 'node_modules', '@openzeppelin', 'contracts-5.3.0'),
  contracts: { 'contracts/SchemaRegistry.sol': 'SchemaRegistry', 'contracts/EAS.sol': 'EAS' },
  settings: {
    ...SETTINGS,
    optimizer: { enabled: true, runs: 1000000 },
    metadata: { bytecodeHash: 'none' },
  },
};

function findEASImport(importPath) {
  const ozPrefix = '@openzeppelin/contracts/';
  const file = importPath.startsWith(ozPrefix)
    ? path.join(EAS.oz, importPath.slice(ozPrefix.length))
    : path.join(EAS.pkg, importPath);
  if (fs.existsSync(file)) return { contents: fs.readFileSync(file, 'utf8') };
  return { error: `EAS import ${importPath} not found (run: make contracts)` };
}

// compileEAS returns solc's output for SchemaRegistry and EAS.
function compileEAS() {
  const solcEAS = require('solc-0.8.29');
  const sources = {};
  for (const file of Object.keys(EAS.contracts)) {
    sources[file] = { content: fs.readFileSync(path.join(EAS.pkg, file), 'utf8') };
  }
  const inp = { language: 'Solidity', sources, settings: EAS.settings };
  const output = JSON.parse(solcEAS.compile(JSON.stringify(inp), { import: findEASImport }));
  let failed = false;
  for (const e of output.errors || []) {
    if (e.severity === 'error') {
      process.stderr.write(e.formattedMessage || e.message);
      failed = true;
    }
  }
  if (failed) throw new Error(`compile: solc ${solcEAS.version()} reported errors in EAS`);
  return { output, version: solcEAS.version() };
}

module.exports = { SETTINGS, EAS, input, compile, compileEAS, findImport, root };
if (require.main !== module) return;

const outDir = path.resolve(root, process.argv[2] || 'artifacts');
let output, eas;
try {
  output = compile(input(path.join(root, 'src')));
  eas = compileEAS();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

fs.mkdirSync(outDir, { recursive: true });
const written = [];
for (const [file, contracts] of Object.entries(output.contracts)) {
  if (!file.startsWith('src/')) continue; // OpenZeppelin's own contracts are not ours to ship
  for (const [name, c] of Object.entries(contracts)) {
    const bin = c.evm.bytecode.object;
    if (!bin) continue; // interfaces and abstract contracts cannot be deployed
    if (written.includes(name)) {
      console.error(`compile: two contracts are named ${name}; artifact names must be unique`);
      process.exit(1);
    }
    fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi, null, 2) + '\n');
    fs.writeFileSync(path.join(outDir, `${name}.bin`), bin + '\n');
    written.push(name);
  }
}
for (const [file, name] of Object.entries(EAS.contracts)) {
  const c = eas.output.contracts[file][name];
  if (written.includes(name)) {
    console.error(`compile: two contracts are named ${name}; artifact names must be unique`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi, null, 2) + '\n');
  fs.writeFileSync(path.join(outDir, `${name}.bin`), c.evm.bytecode.object + '\n');
  written.push(name);
}
console.error(`compile: EAS with solc ${eas.version}, OpenZeppelin 5.3.0: ${Object.values(EAS.contracts).join(', ')}`);
console.error(`compile: solc ${solc.version()}, evm ${SETTINGS.evmVersion}: ${written.sort().join(', ')} -> ${path.relative(process.cwd(), outDir) || '.'}`);
