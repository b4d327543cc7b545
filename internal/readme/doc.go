// Package readme keeps the repository's README true: its test runs every example command
// block of README.md, verbatim and in order, with the built binary on a fresh devnet, as a
// reader who copies them after `make run` would. The package has no code of its own.
//
// Which blocks run (the README's "Command-line conventions" says it for writers):
//
//   - a fenced block whose info string is sh runs, unless the line before its opening fence
//     is the marker <!-- not run: REASON --> (a non-empty reason: it needs a real
//     multi-host network, a fixed port, days of waiting, ...);
//   - blocks run in one bash session (set -e, pipefail), from a working directory holding
//     bin/seoulchain (also on PATH as seoulchain) and the devnet in .devnet, so a block uses
//     the variables, functions and files of the blocks before it;
//   - any other block that shows a seoulchain command (a line starting with seoulchain or
//     bin/seoulchain) must carry the marker too, so that no example escapes by its fence.
package readme
