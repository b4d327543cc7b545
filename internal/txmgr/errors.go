package txmgr

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnknownJob is returned by Get for an ID never submitted.
var ErrUnknownJob = errors.New("unknown job")

// ErrUnknownKey is returned by SubmitPinned for a key the manager does not hold.
var ErrUnknownKey = errors.New("key not loaded")

// Permanent send errors: sending the same transaction again cannot succeed, so the job ends
// (Job.Code names which) and the key's nonce goes to the next job. The owner of a job that
// ended with a splittable code may send its work again in smaller jobs (Splittable).
var (
	ErrOversized     = errors.New("transaction over the node's size limit (128 KiB)")
	ErrGasCap        = errors.New("gas above the block gas limit")
	ErrFeeCap        = errors.New("fee above the node's transaction fee cap")
	ErrIntrinsicGas  = errors.New("gas below the intrinsic gas")
	ErrInvalidSender = errors.New("invalid sender")
	ErrInvalidTx     = errors.New("transaction refused by the node")
)

// Codes of a failed job (Job.Code): why it ended.
const (
	CodeOversized     = "oversized"
	CodeGasCap        = "gas-cap"
	CodeFeeCap        = "fee-cap"
	CodeIntrinsicGas  = "intrinsic-gas"
	CodeInvalidSender = "invalid-sender"
	CodeInvalidTx     = "invalid-tx"
	CodeWouldRevert   = "would-revert"
	CodeReverted      = "reverted"
)

var codes = map[error]string{
	ErrOversized: CodeOversized, ErrGasCap: CodeGasCap, ErrFeeCap: CodeFeeCap,
	ErrIntrinsicGas: CodeIntrinsicGas, ErrInvalidSender: CodeInvalidSender, ErrInvalidTx: CodeInvalidTx,
}

// Splittable says whether work that failed with code may succeed in smaller jobs: a batch
// too large in bytes, gas or fee is halved and sent again by its owner.
func Splittable(code string) bool {
	return code == CodeOversized || code == CodeGasCap || code == CodeFeeCap
}

// sendError is how the node refused a transaction.
type sendError int

const (
	sendTransient sendError = iota // try again later: the node is down, fees moved, the pool is full
	sendKnown                      // the node has it already
	sendNonceLow                   // the nonce is used: by this job's earlier attempt, or by another sender
	sendPermanent                  // the same transaction can never be accepted
)

// classify sorts a SendTransaction error by geth's messages (core and core/txpool, and the
// RPC's fee cap); the JSON-RPC client hands only the message across. For a permanent error
// it returns the sentinel wrapping the node's message.
func classify(err error) (sendError, error) {
	if err == nil {
		return sendKnown, nil
	}
	msg := err.Error()
	perm := func(sentinel error) (sendError, error) { return sendPermanent, fmt.Errorf("%w: %s", sentinel, msg) }
	switch {
	case strings.Contains(msg, "already known"):
		return sendKnown, nil
	case strings.Contains(msg, "nonce too low"):
		return sendNonceLow, nil
	case strings.Contains(msg, "oversized data"):
		return perm(ErrOversized)
	case strings.Contains(msg, "intrinsic gas too low"):
		return perm(ErrIntrinsicGas)
	case strings.Contains(msg, "exceeds block gas limit"), strings.Contains(msg, "gas limit reached"):
		return perm(ErrGasCap)
	case strings.Contains(msg, "exceeds the configured cap"):
		return perm(ErrFeeCap)
	case strings.Contains(msg, "invalid sender"):
		return perm(ErrInvalidSender)
	case strings.Contains(msg, "max priority fee per gas higher than max fee per gas"),
		strings.Contains(msg, "gas uint64 overflow"), strings.Contains(msg, "negative value"),
		strings.Contains(msg, "transaction type not supported"), strings.Contains(msg, "invalid chain id"):
		return perm(ErrInvalidTx)
	}
	return sendTransient, nil
}

// codeOf is the Code of a permanent error from classify or a check before signing.
func codeOf(err error) string {
	for sentinel, code := range codes {
		if errors.Is(err, sentinel) {
			return code
		}
	}
	return CodeInvalidTx
}
