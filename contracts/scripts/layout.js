#!/usr/bin/env node
// Storage-layout check of the upgradeable contracts, with OpenZeppelin's upgrades-core (the
// validator of the Hardhat and Foundry upgrades plugins) on our own solc output:
//
//   node scripts/layout.js check  [--src DIR] [--layout DIR] NAME...
//   node scripts/layout.js update [--src DIR] [--layout DIR] NAME...
//
// For each NAME it (a) validates that the implementation is upgrade safe as a UUPS
// implementation (no constructor state, no unannotated immutables, no selfdestruct or
// delegatecall, initializers called...), and (b) compares its storage layout with the
// committed baseline DIR/NAME.json (default contracts/layout/): a layout that would read the
// state deployed proxies hold with other slots or types is refused. `update` writes the
// baselines, and refuses to write one that is incompatible with the one it replaces: the
// baseline is the layout the deployed proxies hold, and moves only forward. `check` fails on
// a missing baseline. Exit status 0 when all is well, 1 with a report otherwise.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');
const core = require('@openzeppelin/upgrades-core');
const { input, compile, findImport, root } = require('./compile');

// Outputs upgrades-core reads: the AST (for annotations and inheritance), the storage layout
// and the bytecode (to identify a contract version).
const SELECTION = {
  '*': { '*': ['storageLayout', 'evm.bytecode.object', 'evm.bytecode.linkReferences', 'evm.methodIdentifiers'], '': ['ast'] },
};

function parseArgs(argv) {
  const opts = { mode: argv[0], src: path.join(root, 'src'), layout: path.join(root, 'layout'), names: [] };
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '--src') opts.src = path.resolve(argv[++i]);
    else if (argv[i] === '--layout') opts.layout = path.resolve(argv[++i]);
    else opts.names.push(argv[i]);
  }
  if (!['check', 'update'].includes(opts.mode) || opts.names.length === 0) {
    throw new Error('usage: layout.js check|update [--src DIR] [--layout DIR] NAME...');
  }
  return opts;
}

// validations compiles the files that define the named contracts (and, through imports,
// what they need) twice, as upgrades-core wants: once as they are, and once with its
// namespaced-storage rewrite, from which it reads ERC-7201 namespaces. The rewrite strips
// function bodies, which only upgradeable code survives: the council, which is not
// upgradeable, is left out.
function validations(srcDir, names) {
  const base = path.dirname(srcDir);
  const inp = input(srcDir, SELECTION, base);
  const defines = new RegExp(`^\\s*(abstract\\s+)?contract\\s+(${names.join('|')})\\b`, 'm');
  for (const [file, { content }] of Object.entries(inp.sources)) {
    if (!defines.test(content)) delete inp.sources[file];
  }
  const out = compile(inp);
  // The rewrite must see every file, OpenZeppelin's included (solc read those through the
  // import callback), or a rewritten override would meet an implemented base.
  for (const file of Object.keys(out.sources)) {
    if (!inp.sources[file]) inp.sources[file] = { content: findImport(file).contents };
  }
  const version = solc.version().replace(/\.Emscripten.*$/, '');
  const namespacedInput = core.makeNamespacedInput(inp, out, version);
  const namespacedOutput = compile(namespacedInput);
  const decodeSrc = core.solcInputOutputDecoder(inp, out, base);
  return core.validate(out, decodeSrc, version, inp, namespacedOutput);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const runData = validations(opts.src, opts.names);
  const validationOpts = core.withValidationDefaults({ kind: 'uups' });
  const problems = [];
  for (const name of opts.names) {
    let version;
    try {
      version = core.getContractVersion(runData, name);
    } catch (e) {
      problems.push(`${name}: ${e.message}`);
      continue;
    }
    // (a) upgrade safety of the implementation.
    const errors = core.getErrors([runData], version, validationOpts);
    if (errors.length > 0) {
      problems.push(`${name} is not upgrade safe:\n${new core.UpgradeableContractErrorReport(errors).explain()}`);
      continue;
    }
    // (b) its layout against the baseline the deployed proxies hold.
    const layout = core.getStorageLayout([runData], version);
    const file = path.join(opts.layout, `${name}.json`);
    let baseline;
    if (fs.existsSync(file)) {
      baseline = JSON.parse(fs.readFileSync(file, 'utf8'));
      const report = core.getStorageUpgradeReport(baseline, layout, validationOpts);
      if (!report.ok) {
        problems.push(`${name}: the storage layout is incompatible with ${path.relative(process.cwd(), file)}, which deployed proxies hold:\n${report.explain(false)}`);
        continue;
      }
    } else if (opts.mode === 'check') {
      problems.push(`${name}: no baseline ${path.relative(process.cwd(), file)}: run \`node scripts/layout.js update ${name}\` (in contracts/) and commit it`);
      continue;
    }
    if (opts.mode === 'update') {
      fs.mkdirSync(opts.layout, { recursive: true });
      fs.writeFileSync(file, JSON.stringify(layout, null, 2) + '\n');
    }
  }
  if (problems.length > 0) {
    console.error(`layout: ${problems.length} problem(s):\n\n${problems.join('\n\n')}`);
    process.exit(1);
  }
  console.error(`layout: ${opts.mode === 'update' ? 'baselines written' : 'upgrade safe and compatible with the baselines'}: ${opts.names.join(', ')}`);
}

try {
  main();
} catch (e) {
  console.error(`layout: ${e.stack || e.message}`);
  process.exit(1);
}
