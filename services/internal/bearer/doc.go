// Package bearer checks the bearer token of a relayer back-office route (a collecting
// system's donations, an issuing office's certificate batches, an issuing system's
// credits). Each plug-in's configuration lists its callers with the SHA-256 of their token
// (plugin.HashToken), never the token, and a request without a known token is answered
// 401 with the WWW-Authenticate challenge HTTP asks of a 401. It is one package so that
// the plug-ins parse, compare and challenge alike; each keeps its own message.
package bearer
