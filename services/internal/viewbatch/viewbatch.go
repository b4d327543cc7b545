package viewbatch

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// PerBatch is how many calls go in one JSON-RPC batch: well under a node's default
// limit on a batch (geth's 1,000 items and 25 MB of answers).
const PerBatch = 500

// Answer is one call's: its return data, or the error the node answered it with.
type Answer struct {
	Data hexutil.Bytes
	Err  error
}

// Call makes n eth_calls to `to` at the latest block, call i's calldata data(i), in
// JSON-RPC batches of PerBatch, and returns the answers in order. The error is a batch
// the node did not answer; a call it answered with an error is that call's Answer.Err.
func Call(ctx context.Context, rc *rpc.Client, to common.Address, n int, data func(i int) []byte) ([]Answer, error) {
	out := make([]Answer, n)
	for start := 0; start < n; start += PerBatch {
		end := min(start+PerBatch, n)
		elems := make([]rpc.BatchElem, end-start)
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_call", Result: &out[start+i].Data,
				Args: []any{map[string]any{"to": to, "data": hexutil.Bytes(data(start + i))}, "latest"}}
		}
		if err := rc.BatchCallContext(ctx, elems); err != nil {
			return nil, err
		}
		for i, e := range elems {
			out[start+i].Err = e.Error
		}
	}
	return out, nil
}
