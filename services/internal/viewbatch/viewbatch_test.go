package viewbatch

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
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
// as that call's error only; also from nodes that refuse batches of PerBatch (a lower
// batch limit, a cap on the answer's size, a proxy refusing any batch with HTTP 413),
// which get smaller batches, down to one call at a time.
func TestCall(t *testing.T) {
	node := &echo{}
	srv := func(items, bytes int) *rpc.Server {
		s := rpc.NewServer()
		if err := s.RegisterName("eth", node); err != nil {
			t.Fatal(err)
		}
		s.SetBatchLimits(items, bytes)
		t.Cleanup(s.Stop)
		return s
	}
	dial := func(rc *rpc.Client, err error) *rpc.Client {
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(rc.Close)
		return rc
	}
	plain := dial(rpc.DialInProc(srv(0, 0)), nil)
	// A proxy in front of a node that takes no batch: HTTP 413 for any.
	single := srv(0, 0)
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil || bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) {
			http.Error(w, "batch requests are too large", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		single.ServeHTTP(w, r)
	}))
	t.Cleanup(proxy.Close)
	nodes := []struct {
		name  string
		rc    *rpc.Client
		rerun bool // calls of a refused batch ran: more calls than answers
	}{
		{"a node", plain, false},
		{"a node taking batches of 7", dial(rpc.DialInProc(srv(7, 0)), nil), false},
		{"a node capping a batch's answer at 100 bytes", dial(rpc.DialInProc(srv(0, 100)), nil), true},
		{"a node taking no batch", dial(rpc.DialHTTP(proxy.URL)), false},
	}
	to := common.HexToAddress("0xc0")
	for _, nd := range nodes {
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
			t.Run(nd.name+"/"+tc.name, func(t *testing.T) {
				node.calls.Store(0)
				data := func(i int) []byte {
					if i == tc.refused {
						return []byte{0xde, 0xad}
					}
					return binary.BigEndian.AppendUint32(nil, uint32(i))
				}
				out, err := Call(context.Background(), nd.rc, to, tc.n, data)
				if err != nil {
					t.Fatal(err)
				}
				if calls := node.calls.Load(); len(out) != tc.n || calls < int64(tc.n) || !nd.rerun && calls != int64(tc.n) {
					t.Fatalf("%d answers to %d calls made, want %d", len(out), calls, tc.n)
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
	}
	// A node that answers nothing, or an error that is not a refusal of the batch: the
	// error, once, not smaller batches.
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		node.calls.Add(1)
		http.Error(w, "node restarting", http.StatusBadGateway)
	}))
	t.Cleanup(failing.Close)
	for _, nd := range []struct {
		name string
		rc   *rpc.Client
	}{{"a node that is down", dial(rpc.DialHTTP(down.URL))}, {"a node answering 502", dial(rpc.DialHTTP(failing.URL))}} {
		t.Run(nd.name, func(t *testing.T) {
			node.calls.Store(0)
			if _, err := Call(context.Background(), nd.rc, to, 2*PerBatch, func(int) []byte { return nil }); err == nil {
				t.Fatal("no error")
			}
			if node.calls.Load() > 1 {
				t.Fatalf("%d requests, want at most one", node.calls.Load())
			}
		})
	}
}

// codedError is a node's answer to a call with a JSON-RPC error code.
type codedError struct {
	code int
	msg  string
}

func (e codedError) Error() string  { return e.msg }
func (e codedError) ErrorCode() int { return e.code }

// TestRefused: a node's refusals of a batch or its answer are told from a call's own error;
// a revert (code 3) is the call's answer whatever its reason reads, even "batch limit".
func TestRefused(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{nil, false},
		{rpc.ErrMissingBatchResponse, true},
		{errors.New("batch too large"), true},
		{codedError{-32600, "batch too large"}, true},
		{errors.New("413 Request Entity Too Large: batch requests are too large"), true},
		{codedError{-32000, "response too large"}, true},
		{errors.New("execution reverted"), false},
		{codedError{3, "execution reverted: batch limit reached"}, false},
		{fmt.Errorf("read order 7: %w", codedError{3, "execution reverted: exceeds batch size"}), false},
		{errors.New("connection refused"), false},
	} {
		if got := Refused(tc.err); got != tc.want {
			t.Errorf("Refused(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
