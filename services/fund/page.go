package fund

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"

	"github.com/seoulchain/seoulchain/relayer/plugin"
)

//go:embed web
var webFiles embed.FS

var _ plugin.Pages = (*Relayer)(nil)

// Pages is the public ledger page of a fund, served by the relayer at /funds/{id}: its
// report per budget line and a "where did my gift go?" box, read from the plug-in's own
// routes. Plain HTML, CSS and JS embedded in the binary; nothing loaded from elsewhere.
func (p *Relayer) Pages() []plugin.Route {
	sub, _ := fs.Sub(webFiles, "web") // a fixed embedded path
	files := http.FileServer(http.FS(sub))
	headers := func(w http.ResponseWriter) {
		w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
	}
	page := func(w http.ResponseWriter, r *http.Request) {
		headers(w)
		r = r.Clone(r.Context())
		r.URL.Path = "/" // index.html: the script reads the fund's number from the address
		files.ServeHTTP(w, r)
	}
	static := func(w http.ResponseWriter, r *http.Request) {
		headers(w)
		name := r.PathValue("file")
		if name == "index.html" || strings.Contains(name, "/") {
			http.NotFound(w, r)
			return
		}
		r = r.Clone(r.Context())
		r.URL.Path = "/" + name
		files.ServeHTTP(w, r)
	}
	return []plugin.Route{
		{Method: "GET", Path: "/funds/{id}", Label: "fund_page", Handler: page},
		{Method: "GET", Path: "/funds/static/{file}", Label: "fund_page", Handler: static},
	}
}
