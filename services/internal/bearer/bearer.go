package bearer

import (
	"crypto/subtle"
	"net/http"
	"strings"

	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Challenge is the WWW-Authenticate header of a 401.
const Challenge = `Bearer realm="seoulchain-relayer"`

// Find is the first of callers whose token hash (hash of it: the hex SHA-256 of the
// token, 0x or not, either case) is the hash of r's "Authorization: Bearer" token. The
// scheme's name is matched in any case ("bearer", "BEARER"), as RFC 7235 says of auth
// schemes. The hashes are compared in constant time, so the answer's timing tells nothing
// of how much of a guess matched.
func Find[T any](r *http.Request, callers []T, hash func(T) string) (T, bool) {
	var none T
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return none, false
	}
	got := []byte(plugin.HashToken(token))
	for _, c := range callers {
		want := []byte(strings.ToLower(strings.TrimPrefix(hash(c), "0x")))
		if subtle.ConstantTimeCompare(got, want) == 1 {
			return c, true
		}
	}
	return none, false
}

// Require is Find, and when no caller's token is found it sets the challenge and calls
// refuse with 401 and msg: the plug-in's own refusal, which writes its error body and
// counts the refusal as it counts the others.
func Require[T any](w http.ResponseWriter, r *http.Request, callers []T, hash func(T) string,
	refuse func(w http.ResponseWriter, status int, msg string), msg string) (T, bool) {
	c, ok := Find(r, callers, hash)
	if !ok {
		w.Header().Set("WWW-Authenticate", Challenge)
		refuse(w, http.StatusUnauthorized, msg)
	}
	return c, ok
}
