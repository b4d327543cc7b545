package viewbatch

import (
	"context"
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// PerBatch is how many calls go in one JSON-RPC batch: well under a node's default
// limit on a batch (geth's 1,000 items and 25 MB of answers). A node that refuses it gets
// smaller batches (Call).
const PerBatch = 500

// revertCode is the JSON-RPC error code of a call the contract reverted (go-ethereum's, as
// most nodes').
const revertCode = 3

// Answer is one call's: its return data, or the error the node answered it with.
type Answer struct {
	Data hexutil.Bytes
	Err  error
}

// Call makes n eth_calls to `to` at the latest block, call i's calldata data(i), in
// JSON-RPC batches of PerBatch, and returns the answers in order. The error is a batch
// the node did not answer; a call it answered with an error is that call's Answer.Err.
//
// Nodes and providers cap batches lower than geth's default (--rpc.batch-request-limit,
// --rpc.batch-response-max-size, a proxy's request size): a batch refused as too large
// (Refused) is sent again in halves, down to one call at a time (no batch at all), and
// the rest of the calls go at the size the node took.
func Call(ctx context.Context, rc *rpc.Client, to common.Address, n int, data func(i int) []byte) ([]Answer, error) {
	out := make([]Answer, n)
	args := func(i int) []any {
		return []any{map[string]any{"to": to, "data": hexutil.Bytes(data(i))}, "latest"}
	}
	per := PerBatch
	for start := 0; start < n; {
		end := min(start+per, n)
		if per == 1 {
			err := rc.CallContext(ctx, &out[start].Data, "eth_call", args(start)...)
			var answered rpc.Error // the node's answer to the call (a revert), not a failure to answer
			if err != nil && !errors.As(err, &answered) {
				return nil, err
			}
			out[start].Err = err
			start = end
			continue
		}
		elems := make([]rpc.BatchElem, end-start)
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_call", Result: &out[start+i].Data, Args: args(start + i)}
		}
		err := rc.BatchCallContext(ctx, elems)
		if Refused(err) || refusedCall(elems) {
			per = max(1, (end-start)/2)
			continue
		}
		if err != nil {
			return nil, err
		}
		for i, e := range elems {
			out[start+i].Err = e.Error
		}
		start = end
	}
	return out, nil
}

func refusedCall(elems []rpc.BatchElem) bool {
	for _, e := range elems {
		if Refused(e.Error) {
			return true
		}
	}
	return false
}

// Refused tells a node's refusal of a batch as too large, or of its answer: go-ethereum
// answers "batch too large" for the first call and nothing for the others (the client's
// ErrMissingBatchResponse), "response too large" for the calls past its size cap; an HTTP
// 413 or a provider's "batch size"/"batch limit" texts otherwise. A call's own error that
// reads alike only costs smaller batches: alone, it is that call's answer. A revert (error
// code 3, "execution reverted: ..." with the contract's reason) never is one, whatever its
// reason says: the call ran.
func Refused(err error) bool {
	if err == nil {
		return false
	}
	var answered rpc.Error
	if errors.As(err, &answered) && answered.ErrorCode() == revertCode {
		return false
	}
	if errors.Is(err, rpc.ErrMissingBatchResponse) {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"batch too large", "response too large", "413", "batch size", "batch limit", "batch request limit", "too many requests in batch"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
