package bearer

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/seoulchain/seoulchain/relayer/plugin"
)

type caller struct{ name, hash string }

// TestFind: the caller whose hash is the token's, whatever the hash's prefix or case and
// the scheme's case (RFC 7235);
// nothing for a missing, empty, other-scheme or unknown token.
func TestFind(t *testing.T) {
	callers := []caller{
		{"desk", plugin.HashToken("desk-token")},
		{"office", "0x" + strings.ToUpper(plugin.HashToken("office-token"))},
		{"blank", ""},
	}
	for _, tc := range []struct {
		name, header, want string
	}{
		{"first caller", "Bearer desk-token", "desk"},
		{"the scheme in lower case", "bearer desk-token", "desk"},
		{"the scheme in upper case", "BEARER desk-token", "desk"},
		{"0x and upper-case hash", "Bearer office-token", "office"},
		{"unknown token", "Bearer guess", ""},
		{"empty token", "Bearer ", ""},
		{"no header", "", ""},
		{"another scheme", "Basic desk-token", ""},
		{"scheme without its space", "Bearerdesk-token", ""},
		{"the hash given as the token", "Bearer " + plugin.HashToken("desk-token"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodPost, "/", nil)
			if tc.header != "" {
				r.Header.Set("Authorization", tc.header)
			}
			got, ok := Find(r, callers, func(c caller) string { return c.hash })
			if ok != (tc.want != "") || got.name != tc.want {
				t.Errorf("Find = %q, %v; want %q", got.name, ok, tc.want)
			}
		})
	}
}

// TestRequire: a request without a caller's token is answered 401 with the challenge and
// the plug-in's message, through its refusal; a caller's goes on untouched.
func TestRequire(t *testing.T) {
	callers := []caller{{"desk", plugin.HashToken("desk-token")}}
	for _, tc := range []struct {
		name, header string
		ok           bool
	}{
		{"caller", "Bearer desk-token", true},
		{"stranger", "Bearer guess", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodPost, "/", nil)
			r.Header.Set("Authorization", tc.header)
			w := httptest.NewRecorder()
			var refused []string
			refuse := func(w http.ResponseWriter, status int, msg string) {
				refused = append(refused, msg)
				w.WriteHeader(status)
			}
			_, ok := Require(w, r, callers, func(c caller) string { return c.hash }, refuse, "a desk's token is required")
			if ok != tc.ok {
				t.Fatalf("ok %v, want %v", ok, tc.ok)
			}
			if tc.ok {
				if len(refused) != 0 || w.Header().Get("WWW-Authenticate") != "" {
					t.Errorf("a caller was refused: %v, %q", refused, w.Header().Get("WWW-Authenticate"))
				}
				return
			}
			if w.Code != http.StatusUnauthorized || w.Header().Get("WWW-Authenticate") != Challenge ||
				len(refused) != 1 || refused[0] != "a desk's token is required" {
				t.Errorf("answered %d, WWW-Authenticate %q, refusals %q", w.Code, w.Header().Get("WWW-Authenticate"), refused)
			}
		})
	}
}
