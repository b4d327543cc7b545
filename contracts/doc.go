// Package contracts holds seoulchain's Solidity sources (src/), the toolchain that compiles
// them (package.json pins solc and OpenZeppelin Contracts 5.4.0; scripts/compile.js sets
// evmVersion london) and the committed artifacts (artifacts/). Its tests check that the
// committed artifacts and bindings are exactly what the sources compile to, and that no
// bytecode uses an opcode newer than London.
package contracts
