// Package memsizeui keeps the API of github.com/fjl/memsize/memsizeui that go-ethereum
// v1.13.15 links against, without the runtime linkname that Go 1.23 and later refuse.
// See ../README.md.
package memsizeui

import (
	"net/http"
	"sort"
	"sync"
)

// Handler is the /memsize/ debug page. It remembers the roots registered with Add so the
// page can name them, and answers every request with 501 Not Implemented.
type Handler struct {
	mu    sync.Mutex
	roots map[string]interface{}
}

// Add registers a root value under name, as memsize did; no scan is ever made of it.
func (h *Handler) Add(name string, v interface{}) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.roots == nil {
		h.roots = make(map[string]interface{})
	}
	h.roots[name] = v
}

// Roots returns the registered names, sorted.
func (h *Handler) Roots() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	names := make([]string, 0, len(h.roots))
	for name := range h.roots {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// ServeHTTP answers 501: a memory scan needs runtime.stopTheWorld, which Go ≥ 1.23 does
// not let packages outside the runtime link to.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "memsize is not available in this build: it needs runtime.stopTheWorld, "+
		"which Go 1.23 and later do not let packages link to; use the pprof heap profile "+
		"(/debug/pprof/heap) instead", http.StatusNotImplemented)
}
