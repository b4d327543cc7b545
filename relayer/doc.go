// Package relayer is the seoulchain relayer daemon: it pays the gas of citizens' signed
// ERC-2771 requests (S-Coin payments, ballots) through the city's forwarder, turns
// back-office mileage credits into S-Coin batch credits exactly once, and streams the
// contracts' events, once confirmed, over WebSocket. Transactions go out through txmgr;
// everything accepted is journaled before the client hears so.
package relayer
