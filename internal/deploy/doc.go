// Package deploy is seoulchain's one deploy routine: it deploys a named set of the
// platform's contracts in dependency order and records their addresses. devnet, the CLI and
// tests all use it, so a contract is wired (constructor arguments, trusted forwarder) the same
// way everywhere. Issues that add contracts add a Step to the table in contracts.go.
package deploy
