package viewbatch

import (
	"context"
	"encoding/binary"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// echo is a node's eth_call that answers a call with its calldata, and refuses calldata
// 0xdead; it counts the calls.
type echo struct{ calls atomic.Int64 }

func (e *echo) Call(args map[string]any, block string) (hexutil.Bytes, error) {
	e.calls.Add(1)
	if block != "latest" {
		return nil, errors.New("want the latest block")
	}
	var data hexutil.Bytes
	if err := data.UnmarshalText([]byte(args["data"].(string))); err != nil {
		return nil, err
	}
	if string(data) == "\xde\xad" {
		return nil, errors.New("execution reverted")
	}
	return data, nil
}

// TestCall: every call's answer in order, across batches, with a call the node refuses
// as that call's error only.
func TestCall(t *testing.T) {
	node := &echo{}
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", node); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)
	rc := rpc.DialInProc(srv)
	t.Cleanup(rc.Close)
	to := common.HexToAddress("0xc0")
	for _, tc := range []struct {
		name    string
		n       int
		refused int // the call whose calldata is 0xdead; -1: none
	}{
		{"none", 0, -1},
		{"one", 1, -1},
		{"a full batch", PerBatch, -1},
		{"a batch and one", PerBatch + 1, -1},
		{"three batches, one call refused in the second", 2*PerBatch + 3, PerBatch + 7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			node.calls.Store(0)
			data := func(i int) []byte {
				if i == tc.refused {
					return []byte{0xde, 0xad}
				}
				return binary.BigEndian.AppendUint32(nil, uint32(i))
			}
			out, err := Call(context.Background(), rc, to, tc.n, data)
			if err != nil {
				t.Fatal(err)
			}
			if len(out) != tc.n || node.calls.Load() != int64(tc.n) {
				t.Fatalf("%d answers to %d calls made, want %d", len(out), node.calls.Load(), tc.n)
			}
			for i, a := range out {
				switch {
				case i == tc.refused && a.Err == nil:
					t.Errorf("call %d: refused, answered %x", i, a.Data)
				case i != tc.refused && (a.Err != nil || string(a.Data) != string(data(i))):
					t.Errorf("call %d: %x, %v; want %x", i, a.Data, a.Err, data(i))
				}
			}
		})
	}
	t.Run("a node that does not answer", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := Call(ctx, rc, to, 2, func(int) []byte { return nil }); err == nil {
			t.Fatal("no error")
		}
	})
}
