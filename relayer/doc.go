// Package relayer is the seoulchain relayer daemon: it pays the gas of citizens' signed
// ERC-2771 requests through the city's forwarder, hosts the services' plug-ins (package
// plugin; the list is services.RelayerPlugins) that take back-office work in over HTTP and
// send it on chain, and streams the contracts' events, once confirmed, over WebSocket.
//
// The relayer knows no service: a plug-in brings its routes (/v1/<name>/...), its
// allow-list entries, its readiness checks and its TOML table, and gets back every update
// of the jobs it submitted, routed by the owner the job was submitted for; a confirmed job
// carries its receipt's logs. Transactions go out through txmgr; everything accepted is
// journaled before the client hears so, and at start one resume path hands each owner its
// open jobs (or submits again those the manager never journaled).
package relayer
