package rpcurl

import (
	"net"
	"net/url"
	"strings"
)

// Endpoint is the key by which two URLs name the same node: scheme and host lower-cased,
// localhost as 127.0.0.1 (a devnet's nodes listen there), the scheme's default port
// written out, the path without a trailing slash, the user information as written and the
// query with its parameters in order. A URL that does not parse (or an IPC socket's path)
// is its own key.
//
// The user information and the query are kept: a provider's URLs often differ only by
// them (https://rpc.example.org/?key=A and ?key=B, or two accounts' credentials), and
// each is an endpoint of its own (its own quota, its own backend), so handing a
// transaction to both is no duplicate. The key then holds those credentials: compare it,
// never log it. [::1] is not taken as 127.0.0.1: a node listening on one is not known to
// listen on the other.
//
// A node's http:// and ws:// URLs have different keys: they differ by scheme and usually
// by port, and nothing in them says they reach one node. Distinct's same groups them.
func Endpoint(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" {
		return u
	}
	scheme := strings.ToLower(p.Scheme)
	host, port := strings.ToLower(p.Hostname()), p.Port()
	if host == "localhost" {
		host = "127.0.0.1"
	}
	if port == "" {
		port = map[string]string{"http": "80", "ws": "80", "https": "443", "wss": "443"}[scheme]
	}
	user := ""
	if p.User != nil {
		user = p.User.String() + "@"
	}
	query := p.RawQuery
	if q, err := url.ParseQuery(p.RawQuery); err == nil && query != "" {
		query = "?" + q.Encode() // the parameters sorted: their order changes no endpoint
	} else if query != "" {
		query = "?" + query
	}
	return scheme + "://" + user + net.JoinHostPort(host, port) + strings.TrimRight(p.Path, "/") + query
}

// Distinct is urls, in order, without the empty ones, those naming the node at skip, and
// those naming a node an earlier one named. Each group in same holds the URLs known to
// reach one node (a devnet node's HTTP, WebSocket and IPC endpoints): any two URLs of a
// group name the same node, however they are written. The URLs kept are returned as
// given.
func Distinct(urls []string, skip string, same [][]string) []string {
	node := map[string]string{} // a URL's key to its group's first key
	for _, group := range same {
		first := ""
		for _, u := range group {
			if u == "" {
				continue
			}
			if first == "" {
				first = Endpoint(u)
			}
			node[Endpoint(u)] = first
		}
	}
	key := func(u string) string {
		k := Endpoint(u)
		if n, ok := node[k]; ok {
			return n
		}
		return k
	}
	seen := map[string]bool{key(skip): true}
	var out []string
	for _, u := range urls {
		if strings.TrimSpace(u) == "" {
			continue
		}
		if k := key(u); !seen[k] {
			seen[k] = true
			out = append(out, u)
		}
	}
	return out
}
