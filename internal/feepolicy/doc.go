// Package feepolicy is the one place that prices a transaction: the gas margin added to an
// estimate and the EIP-1559 fee cap. The CLI's single sends (txsend) and the relayer's
// transaction manager (txmgr) both use it, so a change of policy reaches both.
package feepolicy
