package rpcurl

import (
	"slices"
	"testing"
)

// TestEndpoint: the URLs that name one node share a key, and those that name two do not.
func TestEndpoint(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"http://127.0.0.1:8545", "http://localhost:8545/", true},
		{"http://127.0.0.1:8545", "HTTP://LocalHost:8545", true},
		{"https://rpc.example.org", "https://rpc.example.org:443/", true},
		{"http://staff:pw@localhost:8545/", "http://staff:pw@127.0.0.1:8545", true},
		{"https://rpc.example.org/?key=A&net=1", "https://RPC.example.org:443?net=1&key=A", true},
		{" http://127.0.0.1:8545 ", "http://127.0.0.1:8545", true},
		{"/tmp/devnet/node1/geth.ipc", "/tmp/devnet/node1/geth.ipc", true},
		{"http://127.0.0.1:8545", "http://127.0.0.1:8546", false},
		{"http://127.0.0.1:8545", "ws://127.0.0.1:8545", false},
		{"http://127.0.0.1:8545", "ws://127.0.0.1:8546", false}, // only Distinct's same tells
		{"https://rpc.example.org/v3/A", "https://rpc.example.org/v3/B", false},
		// A provider's key or credentials in the query or user information name another
		// endpoint (another account's quota, another backend).
		{"https://rpc.example.org/?key=A", "https://rpc.example.org/?key=B", false},
		{"https://rpc.example.org/?key=A", "https://rpc.example.org/", false},
		{"http://staff:pw@127.0.0.1:8545", "http://127.0.0.1:8545", false},
		{"http://staff:pw@127.0.0.1:8545", "http://audit:pw@127.0.0.1:8545", false},
	} {
		if got := Endpoint(tc.a) == Endpoint(tc.b); got != tc.same {
			t.Errorf("%s and %s the same node: %v, want %v (%s, %s)", tc.a, tc.b, got, tc.same, Endpoint(tc.a), Endpoint(tc.b))
		}
	}
}

// TestDistinct: the node skipped, a node named twice and an empty URL are left out, however
// they are written; a node's ws:// and http:// URLs are one node only when same says so.
func TestDistinct(t *testing.T) {
	devnet := [][]string{
		{"http://127.0.0.1:8545", "ws://127.0.0.1:8546", "/d/node1/geth.ipc"},
		{"http://127.0.0.1:8547", "ws://127.0.0.1:8548", ""},
		{"", "ws://127.0.0.1:8550"}, // a group's first URL may be unknown
		{"http://127.0.0.1:8549", "ws://127.0.0.1:8550"},
	}
	for _, tc := range []struct {
		name string
		urls []string
		skip string
		same [][]string
		want []string
	}{
		{"none", nil, "http://127.0.0.1:8545", nil, nil},
		{"the node skipped as localhost", []string{"http://localhost:8545", "http://127.0.0.1:8547"}, "http://127.0.0.1:8545", nil,
			[]string{"http://127.0.0.1:8547"}},
		{"the node skipped with a slash", []string{"http://127.0.0.1:8545/", "http://127.0.0.1:8547"}, "http://localhost:8545", nil,
			[]string{"http://127.0.0.1:8547"}},
		{"a node twice", []string{"http://127.0.0.1:8547", "http://LOCALHOST:8547/", "http://127.0.0.1:8549"}, "", nil,
			[]string{"http://127.0.0.1:8547", "http://127.0.0.1:8549"}},
		{"empty ones", []string{"", " ", "http://127.0.0.1:8547"}, "", nil, []string{"http://127.0.0.1:8547"}},
		{"the first way a node is named is kept", []string{"http://staff:pw@localhost:8547/", "http://staff:pw@127.0.0.1:8547"}, "", nil,
			[]string{"http://staff:pw@localhost:8547/"}},
		{"another key in the query: another endpoint", []string{"https://rpc.example.org/?key=A", "https://rpc.example.org/?key=B"}, "https://rpc.example.org/", nil,
			[]string{"https://rpc.example.org/?key=A", "https://rpc.example.org/?key=B"}},
		{"ws and http unknown: two nodes", []string{"http://127.0.0.1:8545", "http://127.0.0.1:8547"}, "ws://127.0.0.1:8546", nil,
			[]string{"http://127.0.0.1:8545", "http://127.0.0.1:8547"}},
		{"the node skipped by its ws URL", []string{"http://127.0.0.1:8545", "http://127.0.0.1:8547"}, "ws://localhost:8546/", devnet,
			[]string{"http://127.0.0.1:8547"}},
		{"the node skipped by its IPC path", []string{"http://127.0.0.1:8545", "http://127.0.0.1:8547"}, "/d/node1/geth.ipc", devnet,
			[]string{"http://127.0.0.1:8547"}},
		{"a node by http and ws", []string{"http://127.0.0.1:8547", "ws://127.0.0.1:8548", "ws://127.0.0.1:8550", "http://127.0.0.1:8549"}, "http://127.0.0.1:8545", devnet,
			[]string{"http://127.0.0.1:8547", "ws://127.0.0.1:8550"}},
		{"a node outside the groups", []string{"ws://127.0.0.1:8548", "http://10.0.0.2:8545"}, "http://127.0.0.1:8545", devnet,
			[]string{"ws://127.0.0.1:8548", "http://10.0.0.2:8545"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Distinct(tc.urls, tc.skip, tc.same); !slices.Equal(got, tc.want) {
				t.Errorf("Distinct(%q, %q) = %q, want %q", tc.urls, tc.skip, got, tc.want)
			}
		})
	}
}
