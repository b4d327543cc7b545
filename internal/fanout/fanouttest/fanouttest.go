// Package fanouttest is a further node for tests of senders that hand their transactions
// to further nodes (internal/fanout): it records what it is handed and refuses it.
package fanouttest

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Node is a JSON-RPC node that answers eth_sendRawTransaction with an error (a full
// pool) after recording the transaction, and refuses every other call.
type Node struct {
	URL string
	mu  sync.Mutex
	got []*types.Transaction
}

// Start serves a Node on loopback until the test ends.
func Start(t testing.TB) *Node {
	t.Helper()
	n := &Node{}
	srv := httptest.NewServer(n)
	t.Cleanup(srv.Close)
	n.URL = srv.URL
	return n
}

func (n *Node) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
		Params []hexutil.Bytes `json:"params"`
	}
	var tx types.Transaction
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Method != "eth_sendRawTransaction" || len(req.Params) != 1 || tx.UnmarshalBinary(req.Params[0]) != nil {
		http.Error(w, "want one eth_sendRawTransaction of a transaction", http.StatusBadRequest)
		return
	}
	n.mu.Lock()
	n.got = append(n.got, &tx)
	n.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "error": map[string]any{"code": -32000, "message": "txpool is full"}})
}

// Sent are the transactions the node was handed, in order.
func (n *Node) Sent() []*types.Transaction {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]*types.Transaction(nil), n.got...)
}
