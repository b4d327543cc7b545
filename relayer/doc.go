// Package relayer is the seoulchain relayer daemon: it pays the gas of citizens' signed
// ERC-2771 requests (S-Coin payments, ballots) through the city's forwarder, turns
// back-office mileage credits into S-Coin batch credits exactly once, and streams the
// contracts' events, once confirmed, over WebSocket. Transactions go out through txmgr;
// everything accepted is journaled before the client hears so.
//
// Credits are exactly once per (program, issuer, record ID), the key S-Coin uses, and the
// issuer is the sending key: so every credit of a program is sent from one hot key, the
// lowest-address hot key that is an issuer of the program (mileage.PinnedIssuer), and its
// jobs are pinned to that key in txmgr (SubmitPinned) so no other key sends them, also on a
// resend. A CreditSkipped event counts only when it names that key.
package relayer
